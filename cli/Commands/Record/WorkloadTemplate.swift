import ArgumentParser
import StrataApp

extension StrataCommand.WorkloadCommand {
    struct Template: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "template",
            abstract: "Print a workload profile with every field, an example value and a comment on what it means.",
            discussion: """
                The // comment lines are ignored by 'workload add --file', 'workload revise --file' \
                and 'advise --workload', so the file can be used as it is, or edited down.

                Example:
                  strata workload template > checkout.json
                """)

        func run() throws {
            print(ProfileTemplate.text, terminator: "")
        }
    }
}
