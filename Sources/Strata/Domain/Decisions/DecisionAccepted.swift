/// A proposed decision was accepted; its effects are appended with it, at its effective time.
public struct DecisionAccepted: DomainEvent {
    public static let eventType = "decision.accepted"
    public static let schemaVersion = 1

    public var decisionID: String
    /// Who accepted it.
    public var by: String
    public var reason: String

    public init(decisionID: String, by: String, reason: String) {
        self.decisionID = decisionID
        self.by = by
        self.reason = reason
    }
}
