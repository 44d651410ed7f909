import ArgumentParser
import Foundation

/// `strata-reliability exhaustion`: a full disk, a read-only store and huge inputs.
struct ExhaustionCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "exhaustion",
        abstract: "Run strata on a full disk, a read-only store and 100 MB inputs; expect one clear error and an intact store.",
        discussion: """
            A full disk is a small tmpfs (--tmpfs-kb) filled by appends until one fails (ENOSPC; needs root, else \
            skipped with a note), and a file-size limit on the strata process (prlimit --fsize with \
            SIGXFSZ ignored, so writes fail with EFBIG as under a quota). A read-only \
            store is a root-owned 0644 file, read by a strata process running as 'nobody' when the \
            harness is root (root ignores file modes), or a chmod 0400 file otherwise: its writes must fail \
            with one line, its reads must work and leave no -wal or -shm. Huge inputs \
            are 100 MB files; each run's peak RSS must stay under --rss-cap-mb.
            """)

    @OptionGroup var strata: StrataOptions
    @Option(help: "Size of each huge input, in MB.") var inputMb = 100
    @Option(help: "The most memory a refused huge input may cost, in MB of peak RSS.") var rssCapMb = 64
    @Option(help: "Size of the tmpfs the full-disk case fills, in KB.") var tmpfsKb = 1024

    func run() throws {
        var run = try ExhaustionRun(strata: try strata.executable(), inputBytes: inputMb * 1_000_000, rssCap: rssCapMb << 20)
        defer { run.scratch.remove() }
        run.tmpfsKilobytes = max(tmpfsKb, 256)
        try run.diskFull()
        try run.readOnly()
        try run.hugeInputs()
        run.report.print(json: strata.json)
        if !run.report.failures.isEmpty { throw ExitCode.failure }
    }
}
