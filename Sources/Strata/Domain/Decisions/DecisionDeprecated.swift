/// An accepted decision was deprecated: it no longer applies and nothing replaces it.
public struct DecisionDeprecated: DomainEvent {
    public static let eventType = "decision.deprecated"
    public static let schemaVersion = 1

    public var decisionID: String
    public var by: String
    /// Required: why it no longer applies.
    public var reason: String

    public init(decisionID: String, by: String, reason: String) {
        self.decisionID = decisionID
        self.by = by
        self.reason = reason
    }
}
