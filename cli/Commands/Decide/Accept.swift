import ArgumentParser
import StrataApp

extension StrataCommand {
    struct Accept: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "accept",
            abstract: "Accept a proposed decision; its effects are recorded with it (decision.accepted, store.*, workload.moved).",
            discussion: """
                Only a proposed decision can be accepted, and no earlier than it was proposed: to record \
                a decision taken in the past, give its proposal an --effective date too.

                Example:
                  strata propose --title "Use PostgreSQL" --effective 2025-03-20
                  strata accept ADR-7 --reason "benchmarks agreed" --effective 2025-04-01
                """)
        @OptionGroup var store: StoreOptions
        @OptionGroup var options: DomainOptions
        @Argument(help: "The decision: ADR-N or its UUID.") var id: String
        @Option(help: "Why it was accepted.") var reason = ""

        func run() throws {
            try options.report(try store.open().accept(id, reason: reason, options.recording), verb: "Accepted")
        }
    }
}
