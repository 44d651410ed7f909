/// A decision's record was amended. Proposed decisions may change anything; later ones only their record-keeping fields.
public struct DecisionAmended: DomainEvent {
    public static let eventType = "decision.amended"
    public static let schemaVersion = 1

    public var decisionID: String
    /// The decision's whole content after the amendment (references as UUIDs).
    public var content: DecisionContent
    public var by: String
    public var reason: String

    public init(decisionID: String, content: DecisionContent, by: String, reason: String) {
        self.decisionID = decisionID
        self.content = content
        self.by = by
        self.reason = reason
    }
}
