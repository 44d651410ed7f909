import Foundation
import Testing
import StrataTestSupport

/// `strata advise --workload W-N`: a recorded workload, advised in the light of its context's stores.
struct AdviseRecordedWorkloadTests {
    private func advise(_ workspace: DomainWorkspace, _ target: String) throws -> CommandResult {
        try StrataBinary.run(["advise", "--store", workspace.store, "--workload", target, "--json"], in: workspace.url)
    }

    private func ruleIDs(_ json: String) throws -> Set<String> {
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        let recommendations = try #require(object["recommendations"] as? [[String: Any]])
        return Set(recommendations.flatMap { recommendation in
            ((recommendation["reasons"] as? [[String: Any]]) ?? []) + ((recommendation["cautions"] as? [[String: Any]]) ?? [])
        }.compactMap { $0["rule"] as? String })
    }

    @Test func recordedWorkloadIsAdvisedWithItsContextsStores() throws {
        let workspace = try DomainWorkspace()
        defer { workspace.remove() }
        try workspace.seed()
        let profile = workspace.url.appendingPathComponent("w.json").path
        let alone = expectOK(try advise(workspace, profile))
        #expect(expectOK(try advise(workspace, "W-1")) == alone, "with no stores yet, the store adds nothing")

        try expectOK(workspace.run("propose", "--title", "Start on PostgreSQL", "--context", "C-1",
                                   "--adopt", "postgresql:main", "--in", "C-1", "--role", "primary", "--serves", "W-1"))
        try expectOK(workspace.run("accept", "ADR-1", "--reason", "start simple"))
        let withArchitecture = expectOK(try advise(workspace, "W-1"))
        #expect(withArchitecture != alone)
        #expect(try ruleIDs(withArchitecture) != ruleIDs(alone), "the existing PostgreSQL store changes which rules speak")
    }

    @Test func unknownWorkloadIsOneClearLine() throws {
        let workspace = try DomainWorkspace()
        defer { workspace.remove() }
        let result = try advise(workspace, "W-9")
        expectError(result, exit: 2, mentioning: ["W-9"])
    }
}
