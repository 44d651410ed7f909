import ArgumentParser
import Foundation

/// `strata-reliability concurrency`: many writer and reader processes on one store at once.
struct ConcurrencyCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "concurrency",
        abstract: "Run writer and reader strata processes against one store and check nothing is lost, doubled or torn.",
        discussion: """
            Writers loop over appends to their own stream (with an exact --expect), appends to one \
            shared stream at the version they last saw (so they conflict), and 'context add'. \
            Readers loop over 'strata events --json' and 'strata verify'; time-travel readers over \
            every read command with --as-of, --valid-at or both. Checked: every exit-0 \
            event is in the log once, at its printed position, and nothing else is; every refusal \
            is exit 1 with a conflict message; no busy or locked error reaches stderr; every read \
            sees a gapless prefix of the final log.

            With --team URL (an empty PostgreSQL database) every process works through a replica \
            of its own, --killers loops start appends and kill them with SIGKILL mid-command, and \
            --restart-command (e.g. pg_ctl restart) runs once halfway through. A command that lost \
            the server must fail with one clear line ([postgres-unreachable], \
            [postgres-connection-lost], [postgres-timed-out], [team-store-lost]); its write is then \
            in doubt, so the log may hold it, but only whole and once. At the end every writer's \
            replica must answer \
            arch, log, audit and verify byte for byte alike.
            """)

    @OptionGroup var strata: StrataOptions
    @Option(help: "How long to run, in seconds.") var seconds: Double = 60
    @Option(help: "Writer processes running at once.") var writers = 16
    @Option(help: "Reader processes running at once.") var readers = 4
    @Option(help: "Time-travel reader processes (every read command with --as-of/--valid-at) running at once.")
    var timeTravelReaders = 2
    @Option(help: "Seed for each writer's choice of command.") var seed: UInt64 = 1
    @Option(help: ArgumentHelp("Run against this team store (an empty PostgreSQL database) instead of a file.", valueName: "url"))
    var team: String?
    @Option(help: "With --team: loops of writers killed with SIGKILL mid-append.") var killers = 0
    @Option(help: ArgumentHelp("With --team: a shell command run once halfway through (e.g. a pg_ctl restart).", valueName: "command"))
    var restartCommand: String?

    func validate() throws {
        if seconds <= 0 || writers < 1 || readers < 0 || timeTravelReaders < 0 {
            throw ValidationError("--seconds > 0, --writers ≥ 1, --readers ≥ 0, --time-travel-readers ≥ 0")
        }
        if team == nil, killers > 0 || restartCommand != nil { throw ValidationError("--killers and --restart-command go with --team") }
        if killers < 0 { throw ValidationError("--killers ≥ 0") }
    }

    func run() throws {
        let run = try ConcurrencyRun(strata: try strata.executable(), seed: seed, teamURL: team)
        defer { run.scratch.remove() }
        let report = try run.run(
            seconds: seconds, writers: writers, readers: readers, timeTravelReaders: timeTravelReaders, killers: killers,
            restart: restartCommand)
        report.print(json: strata.json)
        if !report.failures.isEmpty { throw ExitCode.failure }
    }
}
