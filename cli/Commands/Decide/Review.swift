import ArgumentParser
import StrataApp

extension StrataCommand {
    struct Review: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "review",
            abstract: "Approve a proposal or ask for changes (appends decision.reviewed), or show where reviews stand.",
            discussion: """
                A context can ask its proposals for approvals before they are accepted \
                ('strata context review-policy'); 'strata accept' refuses a proposal until the \
                approvals of its current text meet that policy and nobody asks for changes. An \
                amendment of the text sets its reviews aside. The proposer cannot review their own.

                Examples:
                  strata review ADR-7 --approve -m "the replica plan covers the peak"
                  strata review ADR-7 --request-changes -m "size the pool from the measured p99"
                  strata review ADR-7             # its policy, standing reviews and what is missing
                  strata review --waiting         # the proposals waiting on you (see --actor)
                  strata review                   # every proposal and its standing
                """)
        @OptionGroup var store: StoreOptions
        @OptionGroup var options: DomainOptions
        @Argument(help: ArgumentHelp("The proposal: ADR-N or its UUID; omit it to list proposals.", valueName: "decision"))
        var id: String?
        @Flag(help: "Approve the proposal's current text.") var approve = false
        @Flag(help: "Ask for changes before it is accepted; needs a comment.") var requestChanges = false
        @Option(name: [.customShort("m"), .long], help: "What the review says (required when asking for changes).")
        var comment = ""
        @Flag(help: "List only the proposals waiting on your review (the --actor, else git's user.name, then $USER).")
        var waiting = false

        func validate() throws {
            if approve && requestChanges { throw ValidationError("give --approve or --request-changes, not both") }
            if (approve || requestChanges) && id == nil { throw ValidationError("name the proposal to review, e.g. 'strata review ADR-7 --approve'") }
            if waiting && id != nil { throw ValidationError("--waiting lists proposals; drop the decision id or the flag") }
            if !comment.isEmpty && !(approve || requestChanges) { throw ValidationError("a comment goes with --approve or --request-changes") }
        }

        func run() throws {
            let store = try store.open()
            if let id, approve || requestChanges {
                let verdict: ReviewVerdict = approve ? .approved : .changesRequested
                return try options.report(try store.review(id, verdict, comment: comment, options.recording),
                                          verb: approve ? "Approved" : "Requested changes to")
            }
            if let id {
                let status = try store.reviewStatus(id)
                if options.json { return try JSONOutput.print(status) }
                return print(ApprovalText.render(status, style: .current), terminator: "")
            }
            let list = waiting ? try store.waitingReviews(for: options.recording.actor) : try store.proposalReviews()
            if options.json { return try JSONOutput.print(list) }
            print(ApprovalText.list(list, style: .current), terminator: "")
        }
    }
}
