import Foundation
import StrataTestSupport
import Testing

/// `strata review` and `strata context review-policy`: approvals as events, and the quorum
/// `accept` must meet, run through the binary as a team would.
@Suite struct ReviewCommandTests {
    /// A store with context C-1 and proposal ADR-1 about it, proposed by alice.
    private static func proposal() throws -> DomainWorkspace {
        let workspace = try DomainWorkspace()
        #expect(try workspace.run("context add", "Payments").status == 0)
        let proposed = try as_("alice", workspace, "propose", "--title", "Cache the ledger reads", "--context", "C-1",
                               "--option", "Redis", "--option", "Replicas", "--choose", "Redis", "--decider", "dora")
        #expect(proposed.status == 0, "\(proposed)")
        return workspace
    }

    @discardableResult
    private static func as_(_ actor: String, _ workspace: DomainWorkspace, _ arguments: String...) throws -> CommandResult {
        try StrataBinary.run(arguments + ["--store", workspace.store, "--actor", actor], in: workspace.url)
    }

    /// A read command, which takes no actor.
    private static func read(_ workspace: DomainWorkspace, _ arguments: String...) throws -> CommandResult {
        try StrataBinary.run(arguments + ["--store", workspace.store], in: workspace.url)
    }

    /// The proposals of a `review --json` queue.
    private static func queue(_ result: CommandResult) throws -> [[String: Any]] {
        (try json(result) as? [String: Any])?["proposals"] as? [[String: Any]] ?? []
    }

    private static func json(_ result: CommandResult) throws -> Any {
        try JSONSerialization.jsonObject(with: Data(result.stdout.utf8))
    }

    @Test func acceptWaitsForTwoApprovalsAndTheHistoryShowsThem() throws {
        let workspace = try Self.proposal()
        defer { workspace.remove() }
        #expect(try workspace.run("context review-policy", "C-1", "--approvals", "2", "--reason", "payments need two pairs of eyes").status == 0)

        let early = try Self.as_("alice", workspace, "accept", "ADR-1")
        expectError(early, exit: 1, mentioning: ["quorum-not-met", "2 approvals", "has none"])
        #expect(try workspace.eventTypes().last == "context.review-policy-set", "a refused accept appends nothing")

        #expect(try Self.as_("bob", workspace, "review", "ADR-1", "--approve", "-m", "fine by me").status == 0)
        expectError(try Self.as_("alice", workspace, "accept", "ADR-1"), exit: 1, mentioning: ["has 1 (bob)"])
        #expect(try Self.as_("carol", workspace, "review", "ADR-1", "--approve").status == 0)

        let standing = try Self.json(try workspace.run("review", "ADR-1", "--json")) as? [String: Any]
        #expect(standing?["quorumMet"] as? Bool == true)
        #expect((standing?["reviews"] as? [[String: Any]])?.compactMap { $0["by"] as? String } == ["bob", "carol"])

        #expect(try Self.as_("alice", workspace, "accept", "ADR-1").status == 0)
        let history = try Self.read(workspace, "history", "ADR-1")
        #expect(history.stdout.contains("approved") && history.stdout.contains("bob") && history.stdout.contains("carol"), "\(history)")
        let review = try workspace.run("review", "ADR-1")
        #expect(review.status == 0 && review.stdout.contains("(accepted)"), "\(review)")
    }

    @Test func aProposerCannotApproveTheirOwnAndChangesRequestedBlockUntilReviewedAgain() throws {
        let workspace = try Self.proposal()
        defer { workspace.remove() }
        #expect(try workspace.run("context review-policy", "C-1", "--approvals", "1").status == 0)
        expectError(try Self.as_("alice", workspace, "review", "ADR-1", "--approve"), exit: 1, mentioning: ["self-review", "alice proposed ADR-1"])
        expectError(try Self.as_("bob", workspace, "review", "ADR-1", "--request-changes"), exit: 2, mentioning: ["comment"])

        #expect(try Self.as_("bob", workspace, "review", "ADR-1", "--request-changes", "-m", "size the pool first").status == 0)
        #expect(try Self.as_("carol", workspace, "review", "ADR-1", "--approve").status == 0)
        expectError(try Self.as_("alice", workspace, "accept", "ADR-1"), exit: 1, mentioning: ["bob asked for changes (size the pool first)"])
        #expect(try Self.as_("bob", workspace, "review", "ADR-1", "--approve", "-m", "sized").status == 0)
        #expect(try Self.as_("alice", workspace, "accept", "ADR-1").status == 0)
    }

    @Test func anAmendmentSetsEarlierReviewsAside() throws {
        let workspace = try Self.proposal()
        defer { workspace.remove() }
        #expect(try workspace.run("context review-policy", "C-1", "--approvals", "1").status == 0)
        #expect(try Self.as_("bob", workspace, "review", "ADR-1", "--approve").status == 0)
        #expect(try Self.as_("alice", workspace, "amend", "ADR-1", "--rationale", "reads dominate 20 to 1").status == 0)
        let standing = try Self.json(try workspace.run("review", "ADR-1", "--json")) as? [String: Any]
        #expect(standing?["revision"] as? Int == 1 && (standing?["reviews"] as? [Any])?.isEmpty == true, "\(String(describing: standing))")
        expectError(try Self.as_("alice", workspace, "accept", "ADR-1"), exit: 1, mentioning: ["quorum-not-met"])
        #expect(try Self.as_("bob", workspace, "review", "ADR-1", "--approve").status == 0)
        #expect(try Self.as_("alice", workspace, "accept", "ADR-1").status == 0)
    }

    @Test func aNamedDeciderMustBeAmongTheApproversAndTheQueueWaitsOnThem() throws {
        let workspace = try Self.proposal()
        defer { workspace.remove() }
        #expect(try workspace.run("context review-policy", "C-1", "--decider", "erin").status == 0)
        let waiting = try Self.queue(try Self.as_("erin", workspace, "review", "--waiting", "--json"))
        #expect(waiting.compactMap { $0["id"] as? String } == ["ADR-1"])
        // dora is the decision's own decider, so it waits on her too; bob is named by neither.
        #expect(try Self.queue(try Self.as_("dora", workspace, "review", "--waiting", "--json")).count == 1)
        let bob = try Self.as_("bob", workspace, "review", "--waiting")
        #expect(bob.status == 0 && bob.stdout.contains("Nothing waits on bob"), "\(bob)")

        #expect(try Self.as_("bob", workspace, "review", "ADR-1", "--approve").status == 0)
        expectError(try Self.as_("alice", workspace, "accept", "ADR-1"), exit: 1, mentioning: ["an approval from erin"])
        #expect(try Self.as_("erin", workspace, "review", "ADR-1", "--approve").status == 0)
        #expect(try Self.queue(try Self.as_("erin", workspace, "review", "--waiting", "--json")).isEmpty)
        #expect(try Self.as_("alice", workspace, "accept", "ADR-1").status == 0)
    }

    @Test func reviewsOutsideAProposalAndBadPoliciesAreRefusedCleanly() throws {
        let workspace = try Self.proposal()
        defer { workspace.remove() }
        expectError(try workspace.run("context review-policy", "C-1"), exit: 2, mentioning: ["--approvals"])
        expectError(try workspace.run("context review-policy", "C-1", "--approvals=-1"), exit: 2, mentioning: ["between 0 and 20"])
        expectError(try workspace.run("review", "ADR-9", "--approve"), exit: 2, mentioning: ["ADR-9"])
        expectError(try workspace.run("review", "--approve"), exit: 2, mentioning: ["name the proposal"])
        #expect(try Self.as_("bob", workspace, "reject", "ADR-1", "--reason", "too early").status == 0)
        expectError(try Self.as_("carol", workspace, "review", "ADR-1", "--approve"), exit: 1, mentioning: ["rejected and cannot be reviewed"])
        // Without a policy, accept needs no review at all.
        #expect(try workspace.run("context add", "Search").status == 0)
        #expect(try workspace.run("propose", "--title", "Index the catalogue", "--context", "C-2").status == 0)
        #expect(try workspace.run("accept", "ADR-2").status == 0)
    }
}
