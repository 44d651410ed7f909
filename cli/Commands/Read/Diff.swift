import ArgumentParser
import StrataApp

extension StrataCommand {
    struct Diff: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "diff",
            abstract: "Show what changed between two moments: stores added, retired and re-shaped, decision statuses, audit verdicts.",
            discussion: """
                --from and --to take a date, a date-time, @POSITION or ADR-N, like --as-of; --to \
                defaults to now. With --valid-time both are read as valid time: the design in effect \
                then, as the log knows it now.

                Examples:
                  strata diff --from 2024-12-31
                  strata diff --from @40 --to ADR-6 --json
                  strata diff --from 2024-06-30 --to 2025-06-30 --valid-time
                """)

        @OptionGroup var storeOptions: StoreOptions

        @Option(help: ArgumentHelp("The earlier moment.", valueName: "time"))
        var from: String

        @Option(help: ArgumentHelp("The later moment (default: now).", valueName: "time"))
        var to: String?

        @Flag(name: .customLong("valid-time"), help: "Compare the designs in effect at the two dates, as known now.")
        var validTime = false

        @Flag(help: "Print one JSON object.")
        var json = false

        func run() throws {
            let diff = try storeOptions.open().diff(from: from, to: to, validTime: validTime)
            if json { return try JSONOutput.print(diff) }
            print(DiffText.render(diff, from: from, to: to ?? "now", style: .current), terminator: "")
        }
    }
}
