import ArgumentParser
import StrataApp

extension StrataCommand.WorkloadCommand {
    struct Show: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "show",
            abstract: "Show a workload: its current profile (JSON), the stores serving it and its latest measurements.",
            discussion: "Examples:\n  strata workload show W-1\n  strata workload show W-1 --as-of 2024-09-30 --json")
        @Argument(help: ArgumentHelp("The workload: W-N or its UUID.", valueName: "workload")) var id: String
        @OptionGroup var options: ReadOptions

        func run() throws {
            try options.present({ store, moment in try store.workloadDetail(id, at: moment) }, as: WorkloadText.detail)
        }
    }
}
