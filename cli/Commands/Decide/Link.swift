import ArgumentParser
import StrataApp

extension StrataCommand {
    struct Link: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "link",
            abstract: "Link one decision to another (appends decision.linked).",
            discussion: "TYPE is amends, relates-to or a kebab-case label; supersession goes through 'strata supersede'.\n\nExample:\n  strata link ADR-9 --type relates-to --to ADR-4")
        @OptionGroup var store: StoreOptions
        @OptionGroup var options: DomainOptions
        @Argument(help: "The decision the link starts from: ADR-N.") var id: String
        @Option(help: "The link type.") var type: String
        @Option(help: "The decision linked to: ADR-N.") var to: String
        @Option(help: "A note on the link.") var note: String?

        func run() throws {
            try options.report(try store.open().link(id, type: type, to: to, note: note, options.recording), verb: "Linked")
        }
    }
}
