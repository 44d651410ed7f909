import ArgumentParser
import StrataApp

extension StrataCommand.WorkloadCommand {
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
}
