import ArgumentParser
import StrataApp

extension StrataCommand.ContextCommand {
    struct SetReviewPolicy: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "review-policy",
            abstract: "Set the approvals a context's proposals need before acceptance (appends context.review-policy-set).",
            discussion: """
                'strata accept' then refuses a proposal about the context until that many \
                distinct reviewers (never its proposer) approved its current text, one of them \
                a named decider when --decider is given, and nobody asks for changes.

                Examples:
                  strata context review-policy C-1 --approvals 2
                  strata context review-policy C-1 --decider alice     # one approval, hers
                  strata context review-policy C-1 --approvals 0       # lift the policy
                """)
        @OptionGroup var store: StoreOptions
        @OptionGroup var options: DomainOptions
        @Argument(help: "The context: C-N or its UUID.") var id: String
        @Option(help: "Distinct approvals a proposal needs (0 with no --decider lifts the policy).") var approvals: Int?
        @Option(name: .customLong("decider"), help: "A person at least one of whom must approve (repeatable).")
        var deciders: [String] = []
        @Option(help: "Why the policy changes.") var reason = ""

        func validate() throws {
            if approvals == nil && deciders.isEmpty { throw ValidationError("give --approvals N, --decider NAME, or both") }
        }

        func run() throws {
            try options.report(try store.open().setReviewPolicy(
                context: id, approvals: approvals ?? 0, deciders: deciders, reason: reason, options.recording))
        }
    }
}
