import ArgumentParser

/// `strata-reliability`: the harnesses that check Strata's reliability and security promises
/// against the real `strata` binary.
///
/// Every harness prints a summary (or, with `--json`, one object of figures) and exits 1 when
/// it found a failure, so CI can run the long versions and `swift test` the short ones.
@main
struct ReliabilityCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "strata-reliability",
        abstract: "Torture, concurrency, resource-exhaustion and fuzz harnesses for strata.",
        discussion: """
            Examples:
              strata-reliability torture --trials 200
              strata-reliability concurrency --seconds 60 --writers 16 --readers 4
              strata-reliability exhaustion --json
              strata-reliability tamper
              strata-reliability fuzz --target profile --executions 1000000 --seed 7
            """,
        subcommands: [TortureCommand.self, ConcurrencyCommand.self, ExhaustionCommand.self, TamperCommand.self, FuzzCommand.self])
}
