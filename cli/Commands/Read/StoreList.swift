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
        @OptionGroup var filters: OwnedFilterOptions
        @Option(help: ArgumentHelp("Only stores of this technology (e.g. postgresql).", valueName: "id")) var technology: String?

        func run() throws {
            let query = StrataStore.StoreQuery(context: filters.context, status: filters.status, technology: technology)
            try options.present({ store, moment in try store.listStores(at: moment, query) }, as: StoreText.list)
        }
    }
}
