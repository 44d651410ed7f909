import ArgumentParser
import Foundation

/// `strata-reliability tamper`: edits a store the way a forger with the file would, case by
/// case, and checks that Strata notices every one.
struct TamperCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "tamper",
        abstract: "Tamper with read models, snapshots, triggers and the log, and check every edit is caught.",
        discussion: """
            Builds a store (the demo plus enough events for a snapshot), then on a fresh copy per \
            case: edits a row of every read-model table behind its seal, deletes one, edits it from \
            a plain SQLite client, drops and replaces seal and log triggers, edits a snapshot, edits \
            an event, deletes the tail, and re-chains the log with its watermark. Checked: a plain \
            client's edit fails; every other edit makes the reads that would use it refuse with one \
            line and exit 2, or 'strata verify' (or 'verify --anchors') exit 1 naming it; nothing \
            tampered is ever read as if it were sound.
            """)

    @OptionGroup var strata: StrataOptions

    func run() throws {
        let run = try TamperRun(strata: try strata.executable())
        defer { run.scratch.remove() }
        let report = try run.run()
        report.print(json: strata.json)
        if !report.failures.isEmpty { throw ExitCode.failure }
    }
}
