import ArgumentParser
import Foundation

/// `strata-reliability torture`: kill `strata` writers at random moments and check the store.
struct TortureCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "torture",
        abstract: "Kill strata writers at random moments (kill -9, or a power-loss cut) and check every acknowledged event survives.",
        discussion: """
            Each trial runs a few strata commands to completion, then starts one more and, after a \
            random delay within a typical command's duration, either kills it with SIGKILL or \
            freezes it with SIGSTOP, copies the database and WAL (a power-loss cut: the files as \
            they are at that instant, without the process's help), and kills it. After each trial \
            the store, and the copy, must hold every acknowledged event at its printed position, \
            have gapless positions, pass 'strata verify', and have read models equal to a rebuild.
            """)

    @OptionGroup var strata: StrataOptions
    @Option(help: "How many kill trials to run.") var trials = 200
    @Option(help: "Seed for the choice of commands and kill delays.") var seed: UInt64 = 1

    func run() throws {
        var run = try TortureRun(strata: try strata.executable(), seed: seed)
        defer { run.finish() }
        try run.setUp()
        for trial in 1...max(trials, 1) { try run.trial(trial) }
        run.report.notes += try ReadModelComparison.unlisted(store: run.store)
        run.report.print(json: strata.json)
        if !run.report.failures.isEmpty { throw ExitCode.failure }
    }
}
