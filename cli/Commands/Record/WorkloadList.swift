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
        @Option(help: ArgumentHelp("Only workloads of this context (C-N or name).", valueName: "context")) var context: String?
        @Option(help: ArgumentHelp("Only workloads with this status: active or retired.", valueName: "status")) var status: String?

        func run() throws {
            try options.present({ store, moment in try store.listWorkloads(at: moment, .init(context: context, status: status)) }, as: WorkloadText.list)
        }
    }
}
