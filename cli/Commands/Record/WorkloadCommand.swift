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

        struct Revise: ParsableCommand {
            static let configuration = CommandConfiguration(
                commandName: "revise",
                abstract: "Record a new revision of a workload's profile (appends workload.revised); the old one is kept.",
                discussion: "Example:\n  strata workload revise W-3 --file catalog-v2.json --reason \"traffic doubled\"")
            @OptionGroup var store: StoreOptions
            @OptionGroup var options: DomainOptions
            @Argument(help: "The workload: W-N or its UUID.") var id: String
            @Option(help: ArgumentHelp("The new profile (JSON; // comment lines allowed; see 'strata workload template').", valueName: "path")) var file: String
            @Option(help: "Why the profile changed.") var reason = ""

            func run() throws {
                let json = try InputFile.read(file)
                try options.report(try store.open().reviseWorkload(id, profile: json, source: file, reason: reason, options.recording))
            }
        }

        struct Retire: ParsableCommand {
            static let configuration = CommandConfiguration(
                commandName: "retire",
                abstract: "Retire a workload (appends workload.retired).",
                discussion: "Example:\n  strata workload retire W-3 --reason \"feature removed\"")
            @OptionGroup var store: StoreOptions
            @OptionGroup var options: DomainOptions
            @Argument(help: "The workload: W-N or its UUID.") var id: String
            @Option(help: "Why it is retired.") var reason = ""

            func run() throws {
                try options.report(try store.open().retireWorkload(id, reason: reason, options.recording))
            }
        }
    }
}
