import ArgumentParser
import StrataApp

extension StrataCommand {
    struct Rules: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "rules",
            abstract: "List the advisor's rules, or explain one.",
            discussion: """
                Every recommendation, caution and warning names a rule id; this command says what \
                each one means. Ids are stable: once published, an id keeps its meaning.

                Examples:
                  strata rules
                  strata rules SEL-DOC-01
                  strata rules --json
                """)

        @Argument(help: ArgumentHelp("A rule id to explain.", valueName: "id"))
        var id: String?

        @Flag(help: "Print JSON.")
        var json = false

        func run() throws {
            guard let id else {
                print(json ? RuleCatalogueRenderer.json(RuleBook.all, pretty: true) : RuleCatalogueRenderer.table(width: TerminalWidth.current.lineWidth))
                return
            }
            let rule = try RuleBook.rule(id)
            print(json ? RuleCatalogueRenderer.json([rule], pretty: true) : RuleCatalogueRenderer.detail(rule, width: TerminalWidth.current.lineWidth))
        }
    }
}
