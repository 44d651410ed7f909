import Foundation

/// One reader process loop over every read command, each time with `--as-of`, `--valid-at` or
/// both: a build that attaches the live store must wait for writers like any other reader, so
/// no busy or locked error may ever reach the user.
struct TimeTravelReaderLoop: Sendable {
    let strata: String
    let store: String
    let directory: String
    let index: Int
    let deadline: Date
    /// The team store it reads through its own replica; nil for a file store.
    var team: TeamTarget? = nil

    /// Every read command that takes a moment; all answer without naming an entity.
    static let commands: [[String]] = [
        ["arch"], ["audit"], ["log"], ["measurements"], ["context", "list"], ["workload", "list"],
        ["store", "list"], ["measurement", "list"],
    ]

    /// The moments asked for, in turn: a past position, a past day, a valid time, and both.
    static let moments: [[String]] = [
        ["--as-of", "@1"], ["--as-of", "2025-01-01"], ["--valid-at", "2025-01-01"],
        ["--as-of", "2099-01-01", "--valid-at", "2025-06-01"],
    ]

    func run() -> Report {
        var report = Report("time-travel reader")
        var round = index
        while Date() < deadline {
            let command = Self.commands[round % Self.commands.count]
            let moment = Self.moments[(round / Self.commands.count) % Self.moments.count]
            round += 1
            let arguments = ["--store", store] + command + moment
            guard let result = try? ChildProcess.run(strata, arguments, in: directory, environment: team?.environment("time-travel\(index)")) else {
                report.fail("time-travel reader \(index): cannot start strata")
                return report
            }
            report.count("timeTravelCommands")
            WriterLoop.checkStderr(result, who: "time-travel reader \(index)", into: &report)
            // The audit exits 1 when a store fails it; anything else is a failed read.
            let allowed: Set<Int32> = command == ["audit"] ? [0, 1] : [0]
            if team != nil, TeamTarget.isUnavailable(result) {
                report.count("readsUnavailable")
            } else if !allowed.contains(result.exitCode ?? -1) {
                report.fail("time-travel reader \(index): \(arguments.dropFirst(2).joined(separator: " ")) \(result.ending): \(result.stderr)")
            }
        }
        return report
    }
}
