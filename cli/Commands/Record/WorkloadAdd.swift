import ArgumentParser
import StrataApp

extension StrataCommand.WorkloadCommand {
    struct Add: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "add",
            abstract: "Add a workload from a profile file (appends workload.added).",
            discussion: """
                The context is --context, or the context the profile's "context" field names.

                Example:
                  strata workload add --file catalog.json --context C-1
                """)
        @OptionGroup var store: StoreOptions
        @OptionGroup var options: DomainOptions
        @Option(help: ArgumentHelp("The workload profile (JSON; // comment lines allowed; see 'strata workload template').", valueName: "path")) var file: String
        @Option(help: ArgumentHelp("The owning context: C-N or its UUID.", valueName: "context")) var context: String?

        func run() throws {
            let json = try InputFile.read(file)
            try options.report(try store.open().addWorkload(profile: json, source: file, context: context, options.recording))
        }
    }
}
