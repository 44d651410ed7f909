import ArgumentParser
import StrataApp

extension StrataCommand.WorkloadCommand {
    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "list",
            abstract: "List workloads with their context, status, stores and access patterns.",
            discussion: """
                Examples:
                  strata workload list
                  strata workload list --context C-1 --status active --json
                """)
        @OptionGroup var options: ReadOptions
        @OptionGroup var filters: OwnedFilterOptions

        func run() throws {
            let query = StrataStore.WorkloadQuery(context: filters.context, status: filters.status)
            try options.present({ store, moment in try store.listWorkloads(at: moment, query) }, as: WorkloadText.list)
        }
    }
}
