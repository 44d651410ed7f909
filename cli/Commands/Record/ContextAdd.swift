import ArgumentParser
import StrataApp

extension StrataCommand.ContextCommand {
    struct Add: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "add",
            abstract: "Define a bounded context (appends context.defined).",
            discussion: "Example:\n  strata context add payments --description \"Card payments and refunds\"")
        @OptionGroup var store: StoreOptions
        @OptionGroup var options: DomainOptions
        @Argument(help: "The context's name, unique among active contexts.") var name: String
        @Option(help: "What the context covers.") var description = ""

        func run() throws {
            try options.report(try store.open().defineContext(name: name, description: description, options.recording))
        }
    }
}
