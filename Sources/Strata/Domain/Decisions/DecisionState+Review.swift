/// Reviews of a proposal and the quorum its context asks for: the pure rules.
extension DecisionState {
    /// Records `actor`'s verdict on the proposal's current revision.
    ///
    /// Only a proposed decision is reviewed; its proposer cannot review it (an approval of one's
    /// own proposal is no second pair of eyes); asking for changes needs a comment saying which.
    public func review(
        _ verdict: ReviewVerdict, by actor: String, comment: String, at instant: Timestamp
    ) throws(CommandRejection) -> [DecisionEvent] {
        guard status == .proposed else {
            throw .illegalTransition(decision: ref.shortID, status: status, action: "reviewed", hint: "only a proposal is reviewed")
        }
        try EffectiveOrder.check(instant, about: self, action: "be reviewed")
        if let proposer = history.first?.by, !proposer.isEmpty, ReviewPolicy.person(proposer) == ReviewPolicy.person(actor) {
            throw .invariant(
                "\(actor) proposed \(ref) and cannot review it", code: .selfReview,
                hint: .advice("ask another reviewer"))
        }
        let comment = comment.trimmingCharacters(in: .whitespacesAndNewlines)
        if verdict == .changesRequested, comment.isEmpty {
            throw .invalidInput("asking for changes to \(ref) needs a comment saying which", field: .comment)
        }
        if let standing = standingReviews.first(where: { ReviewPolicy.person($0.by) == ReviewPolicy.person(actor) }),
           standing.verdict == verdict, standing.comment == comment {
            throw .invariant("\(actor) already gave that review of \(ref); nothing to record", code: .nothingToRecord)
        }
        return [.reviewed(DecisionReviewed(decisionID: ref.id, by: actor, verdict: verdict, comment: comment))]
    }

    /// Each reviewer's latest verdict on the current revision, in the order they were given.
    /// A review of an earlier revision no longer stands: the text it approved has changed.
    public var standingReviews: [Review] {
        var latest: [String: Review] = [:]
        var order: [String] = []
        for review in reviews where review.revision == revision {
            let key = ReviewPolicy.person(review.by)
            if latest[key] == nil { order.append(key) }
            latest[key] = review
        }
        return order.compactMap { latest[$0] }
    }

    /// How the proposal stands against `policy`.
    public func quorum(under policy: ReviewPolicy?) -> QuorumStanding {
        QuorumStanding(policy: policy ?? ReviewPolicy(approvals: 0), reviews: standingReviews, deciders: content.deciders,
                       proposer: history.first?.by ?? "")
    }
}

/// Where a proposal stands against its context's review policy.
public struct QuorumStanding: Sendable, Equatable {
    /// A reviewer asking for changes, and which.
    public struct ChangeRequest: Sendable, Equatable {
        public var by: String
        public var comment: String
    }

    public var policy: ReviewPolicy
    /// Who approved the current revision.
    public var approvedBy: [String]
    /// Who asks for changes to it; any one blocks acceptance.
    public var changesRequested: [ChangeRequest]
    /// Who the decision itself names as deciders.
    public var namedDeciders: [String]
    public var proposer: String

    init(policy: ReviewPolicy, reviews: [DecisionState.Review], deciders: [String], proposer: String) {
        self.policy = policy
        approvedBy = reviews.filter { $0.verdict == .approved }.map(\.by)
        changesRequested = reviews.filter { $0.verdict == .changesRequested }.map { ChangeRequest(by: $0.by, comment: $0.comment) }
        namedDeciders = deciders
        self.proposer = proposer
    }

    /// True when `accept` may go ahead.
    public var isMet: Bool { missing == nil }

    /// What is still needed, in words; nil when the quorum is met.
    public var missing: String? {
        if let blocker = changesRequested.first {
            return "\(blocker.by) asked for changes (\(blocker.comment))"
        }
        if approvedBy.count < policy.requiredApprovals {
            let have = approvedBy.isEmpty ? "none" : "\(approvedBy.count) (\(approvedBy.joined(separator: ", ")))"
            return "it needs \(policy.summary) and has \(have)"
        }
        if !policy.deciders.isEmpty, !approvedBy.contains(where: policy.names) {
            return "it needs an approval from \(policy.deciders.joined(separator: " or "))"
        }
        return nil
    }

    /// Whether the proposal waits on `actor`: the quorum is not met, they have not reviewed
    /// this revision, they did not propose it, and they are among the people who decide (the
    /// policy's deciders and the decision's own), or anyone when neither names a person.
    public func waits(on actor: String) -> Bool {
        guard !policy.isEmpty, !isMet else { return false }
        let me = ReviewPolicy.person(actor)
        let reviewers = approvedBy + changesRequested.map(\.by)
        guard ReviewPolicy.person(proposer) != me, !reviewers.contains(where: { ReviewPolicy.person($0) == me }) else { return false }
        let deciders = policy.deciders + namedDeciders
        return deciders.isEmpty || deciders.contains { ReviewPolicy.person($0) == me }
    }
}
