/// One step of a decision's timeline: a lifecycle move, an amendment, a link added or removed,
/// or a review.
public enum DecisionChange: String, CaseIterable, Codable, Sendable {
    case proposed, accepted, rejected, superseded, deprecated, amended, linked, unlinked
    /// A reviewer approved the proposal.
    case approved
    /// A reviewer asked for changes to the proposal.
    case changesRequested = "changes-requested"
}
