import ArgumentParser
import StrataApp

extension StrataCommand.ContextCommand {
    struct Describe: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "describe",
            abstract: "Replace a context's description (appends context.described).",
            discussion: "Example:\n  strata context describe C-2 \"Payments, refunds and chargebacks\"")
        @OptionGroup var store: StoreOptions
        @OptionGroup var options: DomainOptions
        @Argument(help: "The context: C-N or its UUID.") var id: String
        @Argument(help: "The new description.") var description: String

        func run() throws {
            try options.report(try store.open().describeContext(id, description: description, options.recording))
        }
    }
}
