import Foundation
import Testing
import StrataTestSupport

/// Issue 16: `--adopt other:TECH:NAME --category CATEGORY` records a technology outside the
/// catalogue, and everything downstream (lists, filters, the log, the audit, the advisor) treats
/// it by its category.
@Suite("other:NAME technologies through the CLI")
struct OtherTechnologyCommandTests {
    private func read(_ workspace: DomainWorkspace, _ arguments: String...) throws -> String {
        expectOK(try StrataBinary.run(arguments + ["--store", workspace.store], in: workspace.url))
    }

    private func json(_ workspace: DomainWorkspace, _ arguments: String...) throws -> [String: Any] {
        let text = expectOK(try StrataBinary.run(arguments + ["--store", workspace.store, "--json"], in: workspace.url))
        return try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
    }

    private func decide(_ workspace: DomainWorkspace, _ arguments: String...) throws {
        try workspace.decide("Decide \(arguments.joined(separator: " "))", arguments)
    }

    @Test("other:FoundationDB is listed by its id and category, filtered in any case, and named in the log")
    func recordedAndFiltered() throws {
        let workspace = try DomainWorkspace()
        defer { workspace.remove() }
        try workspace.seed()
        try decide(workspace, "--adopt", "other:FoundationDB:ledger", "--category", "key-value", "--in", "C-1", "--serves", "W-1")
        let stores = try json(workspace, "store", "list")["stores"] as? [[String: Any]] ?? []
        #expect(stores.first?["technology"] as? String == "other:FoundationDB" && stores.first?["category"] as? String == "key-value", "\(stores)")
        #expect(try read(workspace, "store", "list", "--technology", "OTHER:foundationdb").contains("ledger"))
        #expect(try read(workspace, "log", "--technology", "other:FoundationDB").contains("ADR-1"))
        #expect(try read(workspace, "store", "show", "S-1").contains("other:FoundationDB (key-value)"))
        #expect(try read(workspace, "arch").contains("other:FoundationDB"))
    }

    @Test("A JSON proposal adopts other:NAME with its category beside the technology, and without one is refused")
    func jsonInput() throws {
        let workspace = try DomainWorkspace()
        defer { workspace.remove() }
        try workspace.seed()
        let effect = #"{"adoptStore": {"technology": "other:Vespa", "category": "search", "name": "docs", "context": "C-1", "role": "search", "workloads": ["W-1"]}}"#
        let good = try workspace.file("good.json", #"{"title": "Search in Vespa", "effects": [\#(effect)]}"#)
        expectOK(try workspace.run("propose", "--file", good))
        expectOK(try workspace.run("accept", "ADR-1", "--reason", "agreed"))
        let stores = try json(workspace, "store", "list")["stores"] as? [[String: Any]] ?? []
        #expect(stores.first?["technology"] as? String == "other:Vespa" && stores.first?["category"] as? String == "search", "\(stores)")
        let bad = try workspace.file("bad.json", #"{"title": "Ledger", "effects": [{"adoptStore": {"technology": "other:FoundationDB", "name": "ledger", "context": "C-1", "role": "primary"}}]}"#)
        let before = try read(workspace, "events", "--json")
        let refused = try workspace.run("propose", "--file", bad)
        #expect(refused.status != 0 && refused.stderr.contains("needs a category") && refused.stderr.split(separator: "\n").count == 1, "\(refused)")
        #expect(try read(workspace, "events", "--json") == before)
    }

    @Test("A missing or unknown category is one line listing the categories, and the log is untouched")
    func badCategoryIsRefused() throws {
        let workspace = try DomainWorkspace()
        defer { workspace.remove() }
        try workspace.seed()
        let before = try read(workspace, "events", "--json")
        expectError(try workspace.run("propose", "--title", "x", "--adopt", "other:FoundationDB:ledger", "--in", "C-1"),
                    exit: 2, mentioning: ["other:FoundationDB needs a category", "key-value", "wide-column", "--category"])
        expectError(try workspace.run("propose", "--title", "x", "--adopt", "other:FoundationDB:ledger", "--category", "kv", "--in", "C-1"),
                    exit: 2, mentioning: ["category 'kv' is not known", "relational"])
        expectError(try workspace.run("propose", "--title", "x", "--category", "graph"), exit: 2, mentioning: ["--category", "--adopt other:"])
        #expect(try read(workspace, "events", "--json") == before)
    }

    @Test("ADD-02 by category in the audit: a second relational other: store is unjustified, an other: graph store is justified by traversal")
    func auditJudgesByCategory() throws {
        let workspace = try DomainWorkspace()
        defer { workspace.remove() }
        try workspace.seed()
        try decide(workspace, "--adopt", "postgresql:main", "--in", "C-1", "--serves", "W-1")
        try decide(workspace, "--adopt", "other:YugabyteDB:orders", "--category", "relational", "--in", "C-1",
                   "--because-capability", "transactions:W-1")
        try decide(workspace, "--adopt", "other:Dgraph:social", "--category", "graph", "--in", "C-1",
                   "--because-capability", "graph-traversal:W-1")
        let result = try StrataBinary.run(["audit", "--json", "--store", workspace.store], in: workspace.url)
        #expect(result.status == 1, "a speculative store fails the audit: \(result)")
        let audit = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        let verdicts = Dictionary(uniqueKeysWithValues: (audit["stores"] as? [[String: Any]] ?? []).map {
            ($0["store"] as? String ?? "", $0["verdict"] as? String ?? "")
        })
        #expect(verdicts["S-2"] == "speculative", "relational beside PostgreSQL offers nothing new: \(verdicts)")
        #expect(verdicts["S-3"] == "justified", "graph traversal is a capability PostgreSQL lacks: \(verdicts)")
        let findings = (audit["findings"] as? [[String: Any]] ?? []).filter { $0["code"] as? String == "premature-polyglot" }
        #expect(findings.contains { ($0["text"] as? String ?? "").contains("YugabyteDB") && $0["rule"] as? String == "ADD-02" }, "\(findings)")
        #expect(!findings.contains { ($0["text"] as? String ?? "").contains("Dgraph") }, "\(findings)")
    }

    @Test("ADD-01 and ADD-03 in the advisor: a running other: key-value store counts as running, so nothing else is justified for sessions")
    func advisorCountsItByCategory() throws {
        let workspace = try DomainWorkspace()
        defer { workspace.remove() }
        try expectOK(workspace.run("context add", "web"))
        let profile = try workspace.file("s.json", #"{"name":"sessions","context":"web","accessPatterns":["session"]}"#)
        try expectOK(workspace.run("workload add", ["--file", profile]))
        let alone = try json(workspace, "advise", "--workload", "W-1")
        try decide(workspace, "--adopt", "other:FoundationDB:kv", "--category", "key-value", "--in", "C-1", "--serves", "W-1")
        let running = try json(workspace, "advise", "--workload", "W-1")
        let assumptions = running["assumptions"] as? [String] ?? []
        #expect(assumptions.contains { $0.contains("FoundationDB (key-value, outside the catalogue) already runs here") }, "\(assumptions)")
        let notes = ((running["recommendations"] as? [[String: Any]]) ?? []).flatMap {
            (($0["reasons"] as? [[String: Any]]) ?? []) + (($0["cautions"] as? [[String: Any]]) ?? [])
        }
        #expect(!notes.contains { $0["rule"] as? String == "ADD-03" }, "no trigger justifies a second key-value store: \(notes)")
        #expect(notes.contains { $0["rule"] as? String == "AVOID-05" }, "every addition is one more database: \(notes)")
        #expect(!NSDictionary(dictionary: alone).isEqual(to: running))
        let ids = ((running["recommendations"] as? [[String: Any]]) ?? []).compactMap { $0["technology"] as? String }
        #expect(!ids.contains { $0.hasPrefix("other:") }, "advice names schema ids only: \(ids)")
    }

    @Test("A workload profile still accepts only the schema's ids: other: in existingStores is refused")
    func profileKeepsTheSchemaVocabulary() throws {
        let workspace = try DomainWorkspace()
        defer { workspace.remove() }
        let profile = try workspace.file("p.json", #"{"name":"x","accessPatterns":["session"],"existingStores":["other:FoundationDB"]}"#)
        let result = try StrataBinary.run(["advise", "--workload", profile, "--store", workspace.store], in: workspace.url)
        #expect(result.status != 0 && result.stderr.contains("existingStores"), "\(result)")
    }
}
