import ArgumentParser
import StrataApp

extension StrataCommand.WorkloadCommand {
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
