import Foundation

/// One writer process loop: own-stream appends, racing shared-stream appends, and domain commands.
struct WriterLoop: Sendable {
    let strata: String
    let store: String
    let directory: String
    let index: Int
    let seed: UInt64
    let deadline: Date
    /// The team store it writes through its own replica; nil for a file store.
    var team: TeamTarget? = nil

    /// What the loop did: acknowledged events, figures and failures.
    struct Outcome: Sendable {
        var acknowledged: [Acknowledgement] = []
        /// Writes that lost the team store mid-command: they may or may not be in the log.
        var inDoubt = 0
        var report = Report("writer")
    }

    func run() -> Outcome {
        var outcome = Outcome()
        var generator = SplitMix(seed: seed &+ UInt64(index) &* 7919)
        var ownVersion = 0, sharedVersion = 0, contexts = 0
        while Date() < deadline {
            let roll = Int.random(in: 0..<10, using: &generator)
            let shared = roll >= 5 && roll < 8
            let arguments: [String]
            if roll < 8 {
                let stream = shared ? "shared-1" : "writer\(index)-1"
                let version = shared ? sharedVersion : ownVersion
                arguments = ["append", "--store", store, "--stream", stream, "--type", "load.tick", "--actor", "w\(index)",
                             "--data", "{\"writer\":\(index)}", "--expect", version < 0 ? "any" : version == 0 ? "no-stream" : "\(version)"]
            } else {
                contexts += 1
                arguments = ["context", "add", "w\(index)-ctx-\(contexts)", "--store", store, "--json", "--actor", "w\(index)"]
            }
            guard let result = try? ChildProcess.run(strata, arguments, in: directory, environment: team?.environment("writer\(index)")) else {
                outcome.report.fail("writer \(index): cannot start strata")
                return outcome
            }
            outcome.report.count("writerCommands")
            Self.checkStderr(result, who: "writer \(index)", into: &outcome.report)
            if result.succeeded {
                let acks = roll < 8 ? Acknowledgement.fromAppend(result.completeLines) : Acknowledgement.fromDomainJSON(result.stdout)
                guard let acks, !acks.isEmpty else {
                    outcome.report.fail("writer \(index): exit 0 without an acknowledgement: \(result.stdout)")
                    continue
                }
                outcome.acknowledged += acks
                if roll < 8, let version = acks.last?.version { if shared { sharedVersion = version } else { ownVersion = version } }
            } else if result.exitCode == 1, Self.isConflict(result.stderr), result.stdout.isEmpty {
                outcome.report.count(shared ? "sharedStreamConflicts" : "domainConflicts")
                if !shared && roll < 8 { outcome.report.fail("writer \(index): conflict on its own stream: \(result.stderr)") }
                if shared, let seen = Self.actualVersion(result.stderr) { sharedVersion = seen }
            } else if team != nil, TeamTarget.isUnavailable(result) {
                outcome.report.count("writesInDoubt")
                outcome.inDoubt += 1
                // The append may have committed: read the stream's version back before the next.
                if roll < 8 { if shared { sharedVersion = -1 } else { ownVersion = -1 } }
            } else {
                outcome.report.fail("writer \(index): \(arguments.prefix(2).joined(separator: " ")) \(result.ending): \(result.stderr)")
            }
        }
        return outcome
    }

    /// Fails on a busy/locked error or a multi-line stderr, which must never reach a user.
    static func checkStderr(_ result: ChildResult, who: String, into report: inout Report) {
        let lower = result.stderr.lowercased()
        if lower.contains("busy") || lower.contains("locked") || lower.contains("sqlite_") {
            report.fail("\(who): a lock error reached stderr: \(result.stderr)")
        } else if result.stderr.split(separator: "\n").count > 1 {
            report.fail("\(who): stderr is more than one line: \(result.stderr)")
        }
    }

    /// The two conflict messages: a raw append's stale `--expect`, and a domain command whose
    /// subject changed under it (after its own retries of short-id races).
    static func isConflict(_ stderr: String) -> Bool {
        stderr.hasPrefix("error: conflict on stream") || stderr.hasPrefix("error: someone else changed")
    }

    /// N in "…, but it is at version N; …".
    static func actualVersion(_ message: String) -> Int? {
        guard let range = message.range(of: "it is at version ") else { return nil }
        return Int(message[range.upperBound...].prefix { $0.isNumber })
    }
}
