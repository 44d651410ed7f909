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
            subcommands: [Add.self, Describe.self, Retire.self, List.self, Show.self])

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
}
