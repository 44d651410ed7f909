/// One step of a decision's timeline: a lifecycle move, an amendment or a new link.
public enum DecisionChange: String, CaseIterable, Codable, Sendable {
    case proposed, accepted, rejected, superseded, deprecated, amended, linked
}
