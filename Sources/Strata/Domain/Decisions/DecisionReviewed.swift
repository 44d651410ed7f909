/// A reviewer approved a proposed decision or asked for changes to it, with a comment.
///
/// Reviews are facts on the decision's stream, so who approved what, and against which
/// revision of the text, stays in the log; the quorum a context asks for is judged from them.
public struct DecisionReviewed: DomainEvent {
    public static let eventType = "decision.reviewed"
    public static let schemaVersion = 1

    public var decisionID: String
    public var by: String
    public var verdict: ReviewVerdict
    /// Why: required when changes are requested, optional for an approval.
    public var comment: String

    public init(decisionID: String, by: String, verdict: ReviewVerdict, comment: String) {
        self.decisionID = decisionID
        self.by = by
        self.verdict = verdict
        self.comment = comment
    }
}

/// What a reviewer said about a proposal.
public enum ReviewVerdict: String, Codable, Sendable, Equatable, CaseIterable {
    /// The reviewer would accept it as it stands.
    case approved
    /// The reviewer asks for changes before it is accepted; blocks acceptance until they review again.
    case changesRequested = "changes-requested"
}
