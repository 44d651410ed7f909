import Foundation
import StrataJSON

/// One reader process loop: `strata events --json` and `strata verify`, each of which must see
/// a gapless prefix of the log that never shrinks.
struct ReaderLoop: Sendable {
    let strata: String
    let store: String
    let directory: String
    let index: Int
    let deadline: Date
    /// The team store it reads through its own replica; nil for a file store.
    var team: TeamTarget? = nil

    struct Outcome: Sendable {
        /// Hash seen at each position, to compare with the final log.
        var hashes: [Int64: String] = [:]
        var report = Report("reader")
    }

    func run() -> Outcome {
        var outcome = Outcome()
        var seen: Int64 = 0
        var round = 0
        while Date() < deadline {
            round += 1
            let verify = round % 2 == 0
            let arguments = verify ? ["verify", "--store", store] : ["events", "--store", store, "--json"]
            guard let result = try? ChildProcess.run(strata, arguments, in: directory, environment: team?.environment("reader\(index)")) else {
                outcome.report.fail("reader \(index): cannot start strata")
                return outcome
            }
            outcome.report.count("readerCommands")
            WriterLoop.checkStderr(result, who: "reader \(index)", into: &outcome.report)
            if team != nil, TeamTarget.isUnavailable(result) {
                outcome.report.count("readsUnavailable")
                continue
            }
            guard result.succeeded else {
                outcome.report.fail("reader \(index): \(arguments[0]) \(result.ending): \(result.stderr)")
                continue
            }
            let count = verify ? checkVerify(result.completeLines, into: &outcome) : checkEvents(result.completeLines, into: &outcome)
            if let count {
                if count < seen { outcome.report.fail("reader \(index): the log shrank from \(seen) to \(count) events") }
                seen = max(seen, count)
                outcome.report.count("eventsRead", Int(count))
            }
        }
        return outcome
    }

    private func checkEvents(_ lines: [String], into outcome: inout Outcome) -> Int64? {
        for (offset, line) in lines.enumerated() {
            guard let object = try? JSONParser.parse(line), case .number(let number)? = object["position"],
                  let position = Int64(number.lexeme), case .string(let hash)? = object["hash"] else {
                outcome.report.fail("reader \(index): line \(offset + 1) of events --json is not an event: \(line.prefix(200))")
                return nil
            }
            if position != Int64(offset + 1) {
                outcome.report.fail("reader \(index): events --json line \(offset + 1) has position \(position) (gap)")
                return nil
            }
            record(position, hash, into: &outcome)
        }
        return Int64(lines.count)
    }

    private func checkVerify(_ lines: [String], into outcome: inout Outcome) -> Int64? {
        guard let first = lines.first, first.hasPrefix("ok: "), let head = lines.last, head.hasPrefix("head ") else {
            outcome.report.fail("reader \(index): verify printed \(lines)")
            return nil
        }
        let count = Int64(first.dropFirst(4).prefix { $0.isNumber }) ?? -1
        let parts = head.dropFirst(5).split(separator: ":")
        guard parts.count == 2, let position = Int64(parts[0]), position == count else {
            outcome.report.fail("reader \(index): verify counted \(count) events but printed \(head)")
            return nil
        }
        if position > 0 { record(position, String(parts[1]), into: &outcome) }
        return count
    }

    private func record(_ position: Int64, _ hash: String, into outcome: inout Outcome) {
        if let earlier = outcome.hashes[position], earlier != hash {
            outcome.report.fail("reader \(index): position \(position) changed hash between reads")
        }
        outcome.hashes[position] = hash
    }
}
