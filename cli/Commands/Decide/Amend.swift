import ArgumentParser
import StrataApp

extension StrataCommand {
    struct Amend: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "amend",
            abstract: "Amend a decision's record (appends decision.amended).",
            discussion: """
                A proposed decision may change anything. Once accepted, rejected, superseded or \
                deprecated, only consequences, people, tags and links may change, with --reason; \
                to change a choice, propose a new decision with --amends.

                Example:
                  strata amend ADR-7 --bad "reindexing takes 40 minutes" --reason "seen in production"
                """)
        @OptionGroup var store: StoreOptions
        @OptionGroup var options: DomainOptions
        @OptionGroup var proposal: ProposalOptions
        @Argument(help: "The decision: ADR-N or its UUID.") var id: String
        @Option(help: ArgumentHelp("Replace the whole content from a JSON or Markdown file.", valueName: "path")) var file: String?
        @Option(help: "Why it is amended (required once no longer proposed).") var reason = ""

        func run() throws {
            let strata = try store.open()
            let base = try file.map(ProposalEditor.read) ?? strata.decisionContent(id)
            let content = try proposal.apply(to: base)
            try options.report(try strata.amend(id, to: content, reason: reason, options.recording), verb: "Amended")
        }
    }
}
