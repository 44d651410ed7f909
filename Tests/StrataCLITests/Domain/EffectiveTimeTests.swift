import Foundation
import Strata
import StrataTestSupport
import Testing

/// Valid times are checked against the facts they depend on: a store is measured while it was
/// live at the time observed, a decision is accepted no earlier than proposed and superseded no
/// earlier than accepted, nothing about a context precedes it, and no proposal supersedes a
/// decision that is already final (issue 14).
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
        expectError(before, exit: 1, mentioning: [
            "S-1 was adopted effective 2024-01-10, so it cannot be measured effective 2023-12-01", "pass --observed 2024-01-10 or later",
        ])
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

    /// The log's events as NDJSON objects, `--type` filtered when given.
    private func events(_ w: CLIWorkspace, type: String? = nil) throws -> [[String: Any]] {
        let filter = type.map { ["--type", $0] } ?? []
        return try EventsJSON.objects(StrataBinary.run(["events", "--store", w.store, "--json"] + filter, in: w.url))
    }

    /// The effective time of the first event of `type`.
    private func effectiveTime(_ w: CLIWorkspace, of type: String) throws -> Timestamp {
        let text = try #require(try events(w, type: type).first?["effective_at"] as? String)
        return try #require(Timestamp(parsing: text))
    }

    private func eventCount(_ w: CLIWorkspace) throws -> Int { try events(w).count }

    @Test func acceptingBeforeTheProposalIsRefusedWithTheProposalsDateAndWhatToDo() throws {
        let w = try CLIWorkspace(); defer { w.remove() }
        #expect(try strata(w, "propose", "--title", "Use PostgreSQL").status == 0)
        let proposed = try effectiveTime(w, of: "decision.proposed")
        let count = try eventCount(w)
        let accept = try strata(w, "accept", "ADR-1", "--effective", "2021-03-01")
        expectError(accept, exit: 1, mentioning: [
            "ADR-1 was proposed effective \(proposed.day), so it cannot be accepted effective 2021-03-01",
            "pass --effective \(proposed.exact) or later", "to record a decision taken earlier, propose it again with --effective too",
        ])
        #expect(codeOf(accept) == "effective-too-early")
        let reject = try strata(w, "reject", "ADR-1", "--reason", "too costly", "--effective", "2021-03-01")
        expectError(reject, exit: 1, mentioning: ["cannot be rejected effective 2021-03-01"])
        #expect(try eventCount(w) == count, "a refusal records nothing")
        #expect(try strata(w, "accept", "ADR-1").status == 0, "accepting it now follows its proposal")
    }

    @Test func historyRecordedAfterTheFactGivesEveryStepItsDate() throws {
        let w = try CLIWorkspace(); defer { w.remove() }
        #expect(try strata(w, "context", "add", "checkout", "--effective", "2021-01-01").status == 0)
        #expect(try strata(w, "propose", "--title", "Use PostgreSQL", "--adopt", "postgresql:main-db", "--in", "C-1",
                           "--effective", "2021-02-15").status == 0)
        #expect(try strata(w, "accept", "ADR-1", "--effective", "2021-02-15").status == 0, "on the day it was proposed")
        #expect(try effectiveTime(w, of: "store.adopted") == Timestamp(parsing: "2021-02-15"))
        #expect(try strata(w, "propose", "--title", "Use MySQL", "--effective", "2021-04-01").status == 0)
        #expect(try strata(w, "accept", "ADR-2", "--effective", "2021-05-01").status == 0)

        let early = try strata(w, "supersede", "ADR-1", "--by", "ADR-2", "--reason", "licence", "--effective", "2021-04-15")
        expectError(early, exit: 1, mentioning: [
            "ADR-2 was accepted effective 2021-05-01, so it cannot supersede ADR-1 effective 2021-04-15", "pass --effective 2021-05-01 or later",
        ])
        #expect(codeOf(early) == "effective-too-early")
        let deprecate = try strata(w, "deprecate", "ADR-2", "--reason", "gone", "--effective", "2021-04-20")
        expectError(deprecate, exit: 1, mentioning: ["ADR-2 was accepted effective 2021-05-01, so it cannot be deprecated effective 2021-04-20"])
        #expect(try strata(w, "supersede", "ADR-1", "--by", "ADR-2", "--reason", "licence", "--effective", "2021-05-01").status == 0)
        #expect(try strata(w, "deprecate", "ADR-2", "--reason", "gone", "--effective", "2021-06-01").status == 0)
    }

    @Test func nothingIsAdoptedInAContextBeforeItWasDefined() throws {
        let w = try CLIWorkspace(); defer { w.remove() }
        #expect(try strata(w, "context", "add", "checkout", "--effective", "2024-01-01").status == 0)
        let count = try eventCount(w)
        let adopt = try strata(w, "propose", "--title", "Adopt a queue", "--adopt", "postgresql:queue-db", "--in", "C-1",
                               "--effective", "2023-06-01")
        expectError(adopt, exit: 1, mentioning: [
            "C-1 was defined effective 2024-01-01, so it cannot be given store 'queue-db' effective 2023-06-01", "pass --effective 2024-01-01 or later",
        ])
        #expect(codeOf(adopt) == "effective-too-early")
        let profile = w.path("w.json")
        try #"{"name":"orders","accessPatterns":["relational"]}"#.write(toFile: profile, atomically: true, encoding: .utf8)
        let workload = try strata(w, "workload", "add", "--file", profile, "--context", "C-1", "--effective", "2023-12-01")
        expectError(workload, exit: 1, mentioning: ["C-1 was defined effective 2024-01-01, so it cannot be given workload 'orders' effective 2023-12-01"])
        #expect(try eventCount(w) == count, "a refusal records nothing")

        #expect(try strata(w, "workload", "add", "--file", profile, "--context", "C-1", "--effective", "2024-01-01").status == 0)
        #expect(try strata(w, "propose", "--title", "Adopt a queue", "--adopt", "postgresql:queue-db", "--in", "C-1", "--serves", "W-1",
                           "--effective", "2024-01-05").status == 0)
        #expect(try strata(w, "accept", "ADR-1", "--effective", "2024-01-06").status == 0)
        #expect(try effectiveTime(w, of: "store.adopted") == Timestamp(parsing: "2024-01-06"))
    }
}
