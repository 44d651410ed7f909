import ArgumentParser
import StrataApp

extension StrataCommand {
    struct Deprecate: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "deprecate",
            abstract: "Deprecate an accepted decision, with a reason (appends decision.deprecated).",
            discussion: "Example:\n  strata deprecate ADR-4 --reason \"the reporting product was shut down\"")
        @OptionGroup var store: StoreOptions
        @OptionGroup var options: DomainOptions
        @Argument(help: "The decision: ADR-N or its UUID.") var id: String
        @Option(help: "Why it no longer applies (required).") var reason = ""

        func run() throws {
            try options.report(try store.open().deprecate(id, reason: reason, options.recording), verb: "Deprecated")
        }
    }
}
