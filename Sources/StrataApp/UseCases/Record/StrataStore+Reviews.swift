import Foundation
import Strata

/// A proposal's review standing, as every face shows it.
public struct ReviewStatus: Codable, Sendable, Equatable {
    /// One standing review of the current revision.
    public struct Review: Codable, Sendable, Equatable {
        public var by: String
        public var verdict: String
        public var comment: String
        public var recordedAt: String
    }

    public var id: String
    public var title: String
    public var status: String
    public var context: String?
    /// The context's policy in words ("2 approvals"), or "no review needed".
    public var policy: String
    public var requiredApprovals: Int
    public var deciders: [String]
    /// How many times the text was amended: reviews of an earlier revision no longer count.
    public var revision: Int
    public var reviews: [Review]
    /// True when `accept` would meet the policy now.
    public var quorumMet: Bool
    /// What is still needed, when the quorum is not met.
    public var missing: String?

    init(_ proposal: DecisionService.ProposalStanding) {
        let decision = proposal.decision
        id = decision.ref.shortID
        title = decision.content.title
        status = decision.status.rawValue
        context = proposal.contextName
        policy = proposal.standing.policy.summary
        requiredApprovals = proposal.standing.policy.requiredApprovals
        deciders = proposal.standing.policy.deciders
        revision = decision.revision
        reviews = decision.standingReviews.map {
            Review(by: $0.by, verdict: $0.verdict.rawValue, comment: $0.comment, recordedAt: $0.recordedAt.iso8601)
        }
        quorumMet = proposal.standing.isMet
        missing = proposal.standing.missing
    }
}

/// Proposals with their review standing: every one, or those waiting on one person.
public struct ReviewQueue: Codable, Sendable, Equatable {
    /// Whose queue this is; nil for every proposal.
    public var waitingOn: String?
    public var proposals: [ReviewStatus]
}

extension StrataStore {
    /// Records the recording actor's review of a proposal (`decision.reviewed`): an approval, or
    /// a request for changes, which needs a comment.
    public func review(_ id: String, _ verdict: ReviewVerdict, comment: String = "", _ recording: Recording) throws(AppError) -> ChangeReport {
        try record(recording) { try DecisionService(log: log).review(id, verdict, comment: comment, $0) }
    }

    /// Sets what proposals about a context need before acceptance (`context.review-policy-set`):
    /// `approvals` distinct approvals and, when `deciders` are named, one from among them.
    /// Zero approvals and no deciders lift the policy.
    public func setReviewPolicy(
        context: String, approvals: Int, deciders: [String] = [], reason: String = "", _ recording: Recording
    ) throws(AppError) -> ChangeReport {
        try record(recording) {
            try ContextService(log: log).setReviewPolicy(context, ReviewPolicy(approvals: approvals, deciders: deciders), reason: reason, $0)
        }
    }

    /// Where a decision stands against its context's review policy.
    public func reviewStatus(_ id: String) throws(AppError) -> ReviewStatus {
        try AppError.wrap { ReviewStatus(try DecisionService(log: log).standing(of: id)) }
    }

    /// The proposals that wait on `actor`'s review: their policy is not met, `actor` did not
    /// propose them and has not reviewed their current text, and `actor` is among their deciders
    /// (the policy's or the decision's own), or anyone may review them.
    public func waitingReviews(for actor: String) throws(AppError) -> ReviewQueue {
        try AppError.wrap {
            ReviewQueue(waitingOn: actor, proposals: try DecisionService(log: log).proposals().filter { $0.standing.waits(on: actor) }.map(ReviewStatus.init))
        }
    }

    /// Every proposal with its review standing.
    public func proposalReviews() throws(AppError) -> ReviewQueue {
        try AppError.wrap { ReviewQueue(waitingOn: nil, proposals: try DecisionService(log: log).proposals().map(ReviewStatus.init)) }
    }
}
