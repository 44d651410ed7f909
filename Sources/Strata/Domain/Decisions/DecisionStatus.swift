/// Where a decision is in its lifecycle: proposed → accepted | rejected; accepted → superseded | deprecated.
public enum DecisionStatus: String, CaseIterable, Codable, Sendable {
    case proposed
    case accepted
    case rejected
    case superseded
    case deprecated
}
