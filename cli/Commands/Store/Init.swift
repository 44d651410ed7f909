import ArgumentParser
import StrataApp

extension StrataCommand {
    struct Init: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "init",
            abstract: "Create a store.",
            discussion: """
                Creates .strata/strata.db in the current directory, or at PATH (a directory gets \
                PATH/.strata/strata.db). The file is readable by its owner only. Running init on an \
                existing store changes nothing; a file that is not a Strata store is refused.

                Example:
                  strata init
                  strata init ~/decisions/payments.db
                """)

        @Argument(help: ArgumentHelp("Where to create the store.", valueName: "path"))
        var path: String?

        func run() throws {
            let report = try StrataStore.initialize(path)
            if report.existed {
                print("Store already exists at \(report.path) (\(report.events) events); nothing changed.")
            } else {
                print("Created an empty Strata store at \(report.path)")
            }
        }
    }
}
