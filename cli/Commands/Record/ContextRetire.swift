import ArgumentParser
import StrataApp

extension StrataCommand.ContextCommand {
    struct Retire: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "retire",
            abstract: "Retire a context (appends context.retired); refused while it owns active workloads or stores.",
            discussion: "Example:\n  strata context retire C-2 --reason \"merged into billing\"")
        @OptionGroup var store: StoreOptions
        @OptionGroup var options: DomainOptions
        @Argument(help: "The context: C-N or its UUID.") var id: String
        @Option(help: "Why it is retired.") var reason = ""

        func run() throws {
            try options.report(try store.open().retireContext(id, reason: reason, options.recording))
        }
    }
}
