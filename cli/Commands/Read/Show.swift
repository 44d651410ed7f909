import ArgumentParser
import StrataApp

extension StrataCommand {
    struct Show: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "show",
            abstract: "Show a decision's whole record: problem, options, choice, consequences, people, links and effects.",
            discussion: """
                Examples:
                  strata show ADR-3
                  strata show ADR-3 --as-of 2025-01-31 --json
                """)

        @Argument(help: ArgumentHelp("The decision: ADR-N or its UUID.", valueName: "decision"))
        var decision: String

        @OptionGroup var options: ReadOptions

        func run() throws {
            let (store, moment) = try options.open()
            let record = try store.decisionRecord(decision, at: moment)
            if options.json { return try JSONOutput.print(record) }
            print(DecisionText.render(record, style: .current), terminator: "")
        }
    }
}
