import ArgumentParser
import StrataApp

extension StrataCommand {
    struct Reject: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "reject",
            abstract: "Reject a proposed decision, with a reason (appends decision.rejected).",
            discussion: "Example:\n  strata reject ADR-8 --reason \"too costly to operate\"")
        @OptionGroup var store: StoreOptions
        @OptionGroup var options: DomainOptions
        @Argument(help: "The decision: ADR-N or its UUID.") var id: String
        @Option(help: "Why it was rejected (required).") var reason = ""

        func run() throws {
            try options.report(try store.open().reject(id, reason: reason, options.recording), verb: "Rejected")
        }
    }
}
