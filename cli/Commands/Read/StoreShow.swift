import ArgumentParser
import StrataApp

extension StrataCommand.StoreCommand {
    struct Show: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "show",
            abstract: "Show a store: topology, workloads, the decisions that adopted and changed it, and its audit verdict.",
            discussion: "Examples:\n  strata store show S-1\n  strata store show S-1 --valid-at 2025-03-01 --json")
        @Argument(help: ArgumentHelp("The store: S-N or its UUID.", valueName: "store")) var id: String
        @OptionGroup var options: ReadOptions

        func run() throws {
            try options.present({ store, moment in try store.storeDetail(id, at: moment) }, as: StoreText.detail)
        }
    }
}
