import ArgumentParser
import StrataApp

extension StrataCommand {
    struct Arch: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "arch",
            abstract: "Show the architecture: contexts, their stores and topology, the workloads served, and why.",
            discussion: """
                Each store lists the workloads it serves and the accepted decisions that adopted and \
                re-shaped it. --as-of shows what the log knew at a past moment; --valid-at shows the \
                design in effect at a date (both together: what we believed on A about B).

                Examples:
                  strata arch
                  strata arch --as-of 2025-01-31
                  strata arch --as-of ADR-4 --json
                """)

        @OptionGroup var options: ReadOptions

        @Flag(help: "Include retired stores and contexts.")
        var all = false

        func run() throws {
            let (store, moment) = try options.open()
            let report = try store.architecture(at: moment, includeRetired: all)
            if options.json { return try JSONOutput.print(report) }
            print(ArchitectureText.render(report, style: .current), terminator: "")
        }
    }
}
