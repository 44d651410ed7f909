/// A proposed decision was rejected, with a reason.
public struct DecisionRejected: DomainEvent {
    public static let eventType = "decision.rejected"
    public static let schemaVersion = 1

    public var decisionID: String
    public var by: String
    /// Required: why it was rejected.
    public var reason: String

    public init(decisionID: String, by: String, reason: String) {
        self.decisionID = decisionID
        self.by = by
        self.reason = reason
    }
}
