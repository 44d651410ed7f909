import ArgumentParser
import Strata

extension StrataCommand {
    struct Accept: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "accept",
            abstract: "Accept a proposed decision; its effects are recorded with it (decision.accepted, store.*, workload.moved).",
            discussion: "Only a proposed decision can be accepted.\n\nExample:\n  strata accept ADR-7 --reason \"benchmarks agreed\" --effective 2025-04-01")
        @OptionGroup var store: StoreOptions
        @OptionGroup var options: DomainOptions
        @Argument(help: "The decision: ADR-N or its UUID.") var id: String
        @Option(help: "Why it was accepted.") var reason = ""

        func run() throws {
            options.report(try DecisionService(log: store.openLog()).accept(id, reason: reason, options.command()), verb: "Accepted")
        }
    }

    struct Reject: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "reject",
            abstract: "Reject a proposed decision, with a reason (appends decision.rejected).",
            discussion: "Example:\n  strata reject ADR-8 --reason \"too costly to operate\"")
        @OptionGroup var store: StoreOptions
        @OptionGroup var options: DomainOptions
        @Argument(help: "The decision: ADR-N or its UUID.") var id: String
        @Option(help: "Why it was rejected (required).") var reason = ""

        func run() throws {
            options.report(try DecisionService(log: store.openLog()).reject(id, reason: reason, options.command()), verb: "Rejected")
        }
    }

    struct Supersede: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "supersede",
            abstract: "Supersede an accepted decision by one or more accepted decisions (decision.superseded + supersedes links).",
            discussion: "Example:\n  strata supersede ADR-3 --by ADR-9 --reason \"moved search to Elasticsearch\"")
        @OptionGroup var store: StoreOptions
        @OptionGroup var options: DomainOptions
        @Argument(help: "The decision replaced: ADR-N.") var id: String
        @Option(help: "A decision replacing it (repeatable).") var by: [String] = []
        @Option(help: "Why it is replaced (required).") var reason = ""

        func validate() throws {
            if by.isEmpty { throw ValidationError("Name the replacing decision with --by ADR-N.") }
        }

        func run() throws {
            options.report(try DecisionService(log: store.openLog()).supersede(id, by: by, reason: reason, options.command()), verb: "Superseded")
        }
    }

    struct Deprecate: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "deprecate",
            abstract: "Deprecate an accepted decision, with a reason (appends decision.deprecated).",
            discussion: "Example:\n  strata deprecate ADR-4 --reason \"the reporting product was shut down\"")
        @OptionGroup var store: StoreOptions
        @OptionGroup var options: DomainOptions
        @Argument(help: "The decision: ADR-N or its UUID.") var id: String
        @Option(help: "Why it no longer applies (required).") var reason = ""

        func run() throws {
            options.report(try DecisionService(log: store.openLog()).deprecate(id, reason: reason, options.command()), verb: "Deprecated")
        }
    }

    struct Amend: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "amend",
            abstract: "Amend a decision's record (appends decision.amended).",
            discussion: """
                A proposed decision may change anything. Once accepted, rejected, superseded or \
                deprecated, only consequences, people, tags and links may change, with --reason; \
                to change a choice, propose a new decision with --amends.

                Example:
                  strata amend ADR-7 --bad "reindexing takes 40 minutes" --reason "seen in production"
                """)
        @OptionGroup var store: StoreOptions
        @OptionGroup var options: DomainOptions
        @OptionGroup var proposal: ProposalOptions
        @Argument(help: "The decision: ADR-N or its UUID.") var id: String
        @Option(help: ArgumentHelp("Replace the whole content from a JSON or Markdown file.", valueName: "path")) var file: String?
        @Option(help: "Why it is amended (required once no longer proposed).") var reason = ""

        func run() throws {
            let service = try DecisionService(log: store.openLog())
            let base = try file.map(ProposalFile.read) ?? service.state(of: id).state.content
            let content = try proposal.apply(to: base)
            options.report(try service.amend(id, to: content, reason: reason, options.command()), verb: "Amended")
        }
    }

    struct Link: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "link",
            abstract: "Link one decision to another (appends decision.linked).",
            discussion: "TYPE is amends, relates-to or a kebab-case label; supersession goes through 'strata supersede'.\n\nExample:\n  strata link ADR-9 --type relates-to --to ADR-4")
        @OptionGroup var store: StoreOptions
        @OptionGroup var options: DomainOptions
        @Argument(help: "The decision the link starts from: ADR-N.") var id: String
        @Option(help: "The link type.") var type: String
        @Option(help: "The decision linked to: ADR-N.") var to: String
        @Option(help: "A note on the link.") var note: String?

        func run() throws {
            options.report(try DecisionService(log: store.openLog()).link(id, type: type, to: to, note: note, options.command()), verb: "Linked")
        }
    }
}
