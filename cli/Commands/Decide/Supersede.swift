import ArgumentParser
import StrataApp

extension StrataCommand {
    struct Supersede: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "supersede",
            abstract: "Supersede an accepted decision by one or more accepted decisions (decision.superseded + supersedes links).",
            discussion: "Example:\n  strata supersede ADR-3 --by ADR-9 --reason \"moved search to Elasticsearch\"")
        @OptionGroup var store: StoreOptions
        @OptionGroup var options: DomainOptions
        @Argument(help: "The decision replaced: ADR-N.") var id: String
        @Option(help: "A decision replacing it (repeatable).") var by: [String] = []
        @Option(help: "Why it is replaced (required).") var reason = ""

        func validate() throws {
            if by.isEmpty { throw ValidationError("Name the replacing decision with --by ADR-N.") }
        }

        func run() throws {
            try options.report(try store.open().supersede(id, by: by, reason: reason, options.recording), verb: "Superseded")
        }
    }
}
