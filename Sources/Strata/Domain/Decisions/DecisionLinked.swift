/// A typed link from this decision to another was added.
public struct DecisionLinked: DomainEvent {
    public static let eventType = "decision.linked"
    public static let schemaVersion = 1

    public var decisionID: String
    /// The link, its target as a UUID.
    public var link: DecisionLink
    public var by: String

    public init(decisionID: String, link: DecisionLink, by: String) {
        self.decisionID = decisionID
        self.link = link
        self.by = by
    }
}
