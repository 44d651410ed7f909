import Foundation
import Testing
import StrataTestSupport

/// Issue 16: `advise --workload W-N` and the review read what runs.
struct AdviseRunningSystemTests {
    private func reasons(_ object: [String: Any]) -> [[String: Any]] {
        let top = (object["recommendations"] as? [[String: Any]])?.first ?? [:]
        return ((top["reasons"] as? [[String: Any]]) ?? []) + ((top["cautions"] as? [[String: Any]]) ?? [])
    }

    @Test("STRATA-SCALE-03 on the demo: W-1's replicas and cache are cited with 340 → 95 ms, not advised again")
    func demoWorkloadSeesItsTopology() throws {
        let workspace = try DemoWorkspace()
        defer { workspace.remove() }
        let advice = try workspace.json("advise", "--workload", "W-1")
        let note = reasons(advice).first { $0["rule"] as? String == "STRATA-SCALE-03" }?["text"] as? String ?? ""
        #expect(note.contains("2 read replicas") && note.contains("a cache in front") && note.contains("from 340 to 95 ms"), "\(note)")
        let steps = ((advice["scaling"] as? [[String: Any]]) ?? []).compactMap { $0["step"] as? String }
        #expect(!steps.contains("read-replicas") && !steps.contains("cache"), "\(steps)")
        let again = try workspace.json("advise", "--workload", "W-1")
        #expect(NSDictionary(dictionary: again).isEqual(to: advice), "same inputs, same advice")
    }

    @Test("STRATA-FIT-03: a workload served only by a cache does not fit; the store holding its data decides")
    func cacheIsNeverTheFit() throws {
        let workspace = try DomainWorkspace()
        defer { workspace.remove() }
        try workspace.seed()
        try expectOK(workspace.run("propose", "--title", "Cache search", "--adopt", "redis:search-cache", "--in", "C-1",
                                   "--role", "cache", "--serves", "W-1"))
        try expectOK(workspace.run("accept", "ADR-1", "--reason", "speed"))
        let review = { () throws -> [String: Any] in
            let result = try StrataBinary.run(["advise", "--store", workspace.store, "--json"], in: workspace.url)
            let object = try JSONSerialization.jsonObject(with: Data(expectOK(result).utf8)) as? [String: Any]
            return ((object?["workloads"] as? [[String: Any]]) ?? []).first ?? [:]
        }
        #expect(try review()["fits"] as? Bool == false, "only a cache serves W-1")
        try expectOK(workspace.run("propose", "--title", "Search engine", "--adopt", "elasticsearch:search", "--in", "C-1",
                                   "--serves", "W-1"))
        try expectOK(workspace.run("accept", "ADR-2", "--reason", "full-text"))
        #expect(try review()["fits"] as? Bool == true, "Elasticsearch is the top choice for full-text search")
    }
}
