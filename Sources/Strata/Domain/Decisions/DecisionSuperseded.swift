/// An accepted decision was replaced by one or more accepted decisions.
public struct DecisionSuperseded: DomainEvent {
    public static let eventType = "decision.superseded"
    public static let schemaVersion = 1

    public var decisionID: String
    /// UUIDs of the accepted decisions that replace it.
    public var supersededBy: [String]
    public var by: String
    /// Required: why it was replaced.
    public var reason: String

    public init(decisionID: String, supersededBy: [String], by: String, reason: String) {
        self.decisionID = decisionID
        self.supersededBy = supersededBy
        self.by = by
        self.reason = reason
    }
}
