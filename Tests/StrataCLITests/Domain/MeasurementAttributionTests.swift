import Foundation
import Testing
import StrataTestSupport

/// Issue 16: a measurement is charged to the store it was taken on. A workload measured on
/// SQLite and then moved to PostgreSQL keeps its SQLite figures out of PostgreSQL's advice.
@Suite("Measurements are charged to the store they were taken on")
struct MeasurementAttributionTests {
    private func decide(_ workspace: DomainWorkspace, _ title: String, _ arguments: String...) throws {
        try workspace.decide(title, ["--context", "C-1"] + arguments)
    }

    /// Every sentence of the top recommendation, with its rule.
    private func notes(_ workspace: DomainWorkspace) throws -> [(rule: String, text: String)] {
        let result = try StrataBinary.run(["advise", "--store", workspace.store, "--workload", "W-1", "--json"], in: workspace.url)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(expectOK(result).utf8)) as? [String: Any])
        let top = (object["recommendations"] as? [[String: Any]])?.first ?? [:]
        let items = ((top["reasons"] as? [[String: Any]]) ?? []) + ((top["cautions"] as? [[String: Any]]) ?? [])
        return items.map { ($0["rule"] as? String ?? "", $0["text"] as? String ?? "") }
    }

    private func migrated() throws -> DomainWorkspace {
        let workspace = try DomainWorkspace()
        try expectOK(workspace.run("context add", "orders"))
        let profile = try workspace.file("orders.json", #"{"name":"orders","context":"orders","accessPatterns":["relational","key-lookup"],"readsPerSecond":800,"latencyP99Ms":50}"#)
        try expectOK(workspace.run("workload add", ["--file", profile]))
        try decide(workspace, "Start on SQLite", "--adopt", "sqlite:orders-file", "--in", "C-1", "--serves", "W-1")
        expectOK(try workspace.run("measure", "W-1", "latency-p99-ms", "900", "--source", "production-monitoring"))
        expectOK(try workspace.run("measure", "W-1", "reads-per-second", "5200", "--source", "production-monitoring"))
        return workspace
    }

    @Test("STRATA-MEAS-01 and STRATA-LOAD-01 read SQLite's figures while it serves, and drop them once PostgreSQL replaced it")
    func figuresStayWithTheStoreTheyWereTakenOn() throws {
        let workspace = try migrated()
        defer { workspace.remove() }
        let onSQLite = try notes(workspace)
        #expect(onSQLite.contains { $0.rule == "STRATA-LOAD-01" && $0.text.contains("5200") }, "\(onSQLite)")
        #expect(onSQLite.contains { $0.text.contains("900") }, "the breach on SQLite is cited while SQLite serves: \(onSQLite)")

        try decide(workspace, "Move to PostgreSQL", "--adopt", "postgresql:orders-db", "--in", "C-1",
                   "--move", "W-1:S-1:new:orders-db", "--retire-store", "S-1")
        let onPostgres = try notes(workspace)
        #expect(!onPostgres.contains { $0.text.contains("900") || $0.text.contains("5200") },
                "figures taken on SQLite are not PostgreSQL's: \(onPostgres)")

        expectOK(try workspace.run("measure", "W-1", "latency-p99-ms", "70", "--source", "production-monitoring"))
        let measuredAgain = try notes(workspace)
        #expect(measuredAgain.contains { $0.text.contains("70") }, "the figure taken on PostgreSQL counts: \(measuredAgain)")
        #expect(!measuredAgain.contains { $0.text.contains("900") }, "\(measuredAgain)")
    }

    @Test("STRATA-SCALE-01 in the architecture review: the replaced store's breach asks nothing of its successor")
    func reviewScalesOnlyOnTheSuccessorsFigures() throws {
        let workspace = try migrated()
        defer { workspace.remove() }
        try decide(workspace, "Move to PostgreSQL", "--adopt", "postgresql:orders-db", "--in", "C-1",
                   "--move", "W-1:S-1:new:orders-db", "--retire-store", "S-1")
        let calm = expectOK(try workspace.read("advise"))
        #expect(!calm.contains("Scaling steps due") && !calm.contains("900"), "\(calm)")
        expectOK(try workspace.run("measure", "W-1", "latency-p99-ms", "70", "--source", "production-monitoring"))
        let due = expectOK(try workspace.read("advise"))
        #expect(due.contains("S-2 vertical [SCALE-01]") && !due.contains("900"), "\(due)")
    }
}
