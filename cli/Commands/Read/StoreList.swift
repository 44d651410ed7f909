import ArgumentParser
import StrataApp

extension StrataCommand.StoreCommand {
    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "list",
            abstract: "List stores with their technology, role, context, status and workloads.",
            discussion: """
                Examples:
                  strata store list
                  strata store list --context C-1 --technology redis --json
                """)
        @OptionGroup var options: ReadOptions
        @Option(help: ArgumentHelp("Only stores of this context (C-N or name).", valueName: "context")) var context: String?
        @Option(help: ArgumentHelp("Only stores with this status: active or retired.", valueName: "status")) var status: String?
        @Option(help: ArgumentHelp("Only stores of this technology (e.g. postgresql).", valueName: "id")) var technology: String?

        func run() throws {
            try options.present({ store, moment in try store.listStores(at: moment, .init(context: context, status: status, technology: technology)) }, as: StoreText.list)
        }
    }
}
