import Foundation
import StrataTestSupport
import Testing

/// Valid times are checked against the facts they depend on: a store is measured while it was
/// live at the time observed, and no proposal supersedes a decision that is already final.
struct EffectiveTimeTests {
    private func strata(_ w: CLIWorkspace, _ arguments: String...) throws -> CommandResult {
        try StrataBinary.run(["--store", w.store] + arguments + ["--actor", "tester"], in: w.url)
    }

    private func codeOf(_ result: CommandResult) -> String? {
        guard let open = result.stderr.lastIndex(of: "["), let close = result.stderr.lastIndex(of: "]") else { return nil }
        return String(result.stderr[result.stderr.index(after: open)..<close])
    }

    @Test func aRetiredStoreCanBeMeasuredAtATimeItWasLive() throws {
        let w = try CLIWorkspace(); defer { w.remove() }
        #expect(try strata(w, "context", "add", "checkout", "--effective", "2024-01-01").status == 0)
        #expect(try strata(w, "propose", "--title", "Adopt a queue", "--adopt", "postgresql:queue-db", "--in", "C-1",
                                 "--effective", "2024-01-05").status == 0)
        #expect(try strata(w, "accept", "ADR-1", "--effective", "2024-01-10").status == 0)
        #expect(try strata(w, "propose", "--title", "Retire the queue", "--retire-store", "S-1", "--effective", "2024-05-20").status == 0)
        #expect(try strata(w, "accept", "ADR-2", "--effective", "2024-06-01").status == 0)
        let live = try strata(w, "measure", "S-1", "latency-p99-ms", "40", "--source", "benchmark", "--effective", "2024-03-01")
        #expect(live.status == 0, "\(live)")
        let after = try strata(w, "measure", "S-1", "latency-p99-ms", "40", "--source", "benchmark", "--effective", "2024-07-01")
        expectError(after, exit: 1, mentioning: ["S-1 is retired"])
        let before = try strata(w, "measure", "S-1", "latency-p99-ms", "40", "--source", "benchmark", "--effective", "2023-12-01")
        expectError(before, exit: 1, mentioning: ["predates"])
        #expect(codeOf(before) == "effective-too-early")
    }

    @Test func aProposalCannotSupersedeADecisionThatIsFinal() throws {
        let w = try CLIWorkspace(); defer { w.remove() }
        #expect(try strata(w, "propose", "--title", "Shard now").status == 0)
        #expect(try strata(w, "reject", "ADR-1", "--reason", "too early").status == 0)
        let refused = try strata(w, "propose", "--title", "Shard later", "--supersedes", "ADR-1")
        expectError(refused, exit: 1, mentioning: ["ADR-1 is rejected"])
        #expect(codeOf(refused) == "cannot-supersede")
        #expect(try strata(w, "propose", "--title", "Shard later", "--relates-to", "ADR-1").status == 0)
    }
}
