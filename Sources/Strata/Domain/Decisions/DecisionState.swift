/// A decision as its stream tells it: content, status, and every status change with who, when and why.
public struct DecisionState: AggregateState, Equatable {
    public static let kind = EntityKind.decision

    /// One lifecycle step, with both clocks.
    public struct StatusChange: Sendable, Equatable {
        public var status: DecisionStatus
        public var by: String
        public var reason: String
        public var recordedAt: Timestamp
        public var effectiveAt: Timestamp
    }

    public var ref: EntityRef
    public var content: DecisionContent
    public var status: DecisionStatus
    /// Every status the decision has had, starting with `proposed`.
    public var history: [StatusChange]
    /// UUIDs of the decisions that superseded this one.
    public var supersededBy: [String]
    /// Links added after the proposal (the proposal's own are in ``content``).
    public var addedLinks: [DecisionLink]
    /// The record an imported decision came from, so a later import of the collection finds it.
    public var source: DecisionSource?
    /// Every review, in the order given; see ``standingReviews``.
    public var reviews: [Review] = []
    /// How many times the content was amended: a review counts only for the revision it read.
    public var revision: Int = 0

    /// One reviewer's verdict on one revision of the content.
    public struct Review: Sendable, Equatable {
        public var by: String
        public var verdict: ReviewVerdict
        public var comment: String
        public var revision: Int
        public var recordedAt: Timestamp
        public var effectiveAt: Timestamp
    }

    /// When the decision was proposed (valid time): it is accepted or rejected no earlier.
    /// The history always starts with the proposal; the fallback is never reached.
    public var proposedAt: Timestamp { history.first?.effectiveAt ?? Timestamp(microseconds: 0) }
    /// When the decision was accepted (valid time), once it was: it is superseded or deprecated no earlier.
    public var acceptedAt: Timestamp? { history.last { $0.status == .accepted }?.effectiveAt }
    public var since: Timestamp { proposedAt }

    /// Every link: the proposal's, then those added later.
    public var links: [DecisionLink] { content.links + addedLinks }

    public static func event(from recorded: RecordedEvent) throws -> DecisionEvent? { try DecisionEvent(recorded) }

    public static func evolve(_ state: DecisionState?, _ event: DecisionEvent, at recorded: RecordedEvent) -> DecisionState? {
        func change(_ status: DecisionStatus, _ by: String, _ reason: String) -> StatusChange {
            StatusChange(status: status, by: by, reason: reason, recordedAt: recorded.recordedAt, effectiveAt: recorded.effectiveAt)
        }
        if case .proposed(let e) = event {
            return DecisionState(
                ref: EntityRef(kind: .decision, id: e.decisionID, number: e.number), content: e.content,
                status: .proposed, history: [change(.proposed, e.by, "")], supersededBy: [], addedLinks: [], source: e.source)
        }
        guard var next = state else { return nil }
        switch event {
        case .proposed: break
        case .accepted(let e): next.status = .accepted; next.history.append(change(.accepted, e.by, e.reason))
        case .rejected(let e): next.status = .rejected; next.history.append(change(.rejected, e.by, e.reason))
        case .deprecated(let e): next.status = .deprecated; next.history.append(change(.deprecated, e.by, e.reason))
        case .superseded(let e):
            next.status = .superseded
            next.supersededBy.append(contentsOf: e.supersededBy)
            next.history.append(change(.superseded, e.by, e.reason))
        case .amended(let e):
            next.content = e.content
            next.revision += 1
        case .reviewed(let e):
            next.reviews.append(Review(
                by: e.by, verdict: e.verdict, comment: e.comment, revision: next.revision,
                recordedAt: recorded.recordedAt, effectiveAt: recorded.effectiveAt))
        case .linked(let e): next.addedLinks.append(e.link)
        case .unlinked(let e): next.addedLinks.removeAll { $0.type == e.link.type && $0.decision == e.link.decision }
        }
        return next
    }
}
