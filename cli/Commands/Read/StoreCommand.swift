import ArgumentParser
import StrataApp

extension StrataCommand {
    struct StoreCommand: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "store",
            abstract: "List and show the data stores decisions adopted.",
            discussion: """
                A store is adopted, reshaped and retired only by accepting decisions (see 'strata \
                propose --adopt'); these commands read what the decisions made.

                Examples:
                  strata store list --technology postgresql
                  strata store show S-1
                """,
            subcommands: [List.self, Show.self])
    }
}
