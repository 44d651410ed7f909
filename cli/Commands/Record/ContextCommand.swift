import ArgumentParser
import StrataApp

extension StrataCommand {
    struct ContextCommand: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "context",
            abstract: "Define, describe, retire, list and show bounded contexts.",
            discussion: """
                A bounded context owns its data: its workloads and stores belong to it. Each gets a \
                short id C-N that every command accepts.

                Example:
                  strata context add payments --description "Card payments and refunds"
                """,
            subcommands: [Add.self, Describe.self, Retire.self, SetReviewPolicy.self, List.self, Show.self])
    }
}
