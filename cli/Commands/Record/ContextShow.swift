import ArgumentParser
import StrataApp

extension StrataCommand.ContextCommand {
    struct Show: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "show",
            abstract: "Show a context: its description, workloads, stores and the decisions about it.",
            discussion: "Example:\n  strata context show C-1 --json")
        @Argument(help: ArgumentHelp("The context: C-N, its UUID or its name.", valueName: "context")) var id: String
        @OptionGroup var options: ReadOptions

        func run() throws {
            try options.present({ store, moment in try store.contextDetail(id, at: moment) }, as: ContextText.detail)
        }
    }
}
