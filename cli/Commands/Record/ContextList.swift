import ArgumentParser
import StrataApp

extension StrataCommand.ContextCommand {
    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "list",
            abstract: "List bounded contexts with the workloads and stores each owns.",
            discussion: """
                Examples:
                  strata context list
                  strata context list --status active --as-of 2025-01-31 --json
                """)
        @OptionGroup var options: ReadOptions
        @Option(help: ArgumentHelp("Only contexts with this status: active or retired.", valueName: "status")) var status: String?

        func run() throws {
            try options.present({ store, moment in try store.listContexts(at: moment, .init(status: status)) }, as: ContextText.list)
        }
    }
}
