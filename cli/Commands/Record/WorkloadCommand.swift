import ArgumentParser
import StrataApp

extension StrataCommand {
    struct WorkloadCommand: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "workload",
            abstract: "Add, revise, retire, list and show workloads; 'strata workload template' prints a commented profile.",
            discussion: """
                A workload belongs to a bounded context. An invalid profile is rejected with one line \
                naming the field, the value and what was expected; nothing is recorded.

                Example:
                  strata workload add --file catalog.json --context C-1
                """,
            subcommands: [Add.self, Revise.self, Retire.self, List.self, Show.self, Template.self])
    }
}
