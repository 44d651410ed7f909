/// A decision was proposed: an ADR with its options, choice and effects, awaiting acceptance.
public struct DecisionProposed: DomainEvent {
    public static let eventType = "decision.proposed"
    public static let schemaVersion = 1

    public var decisionID: String
    /// The short number: `7` in `ADR-7`.
    public var number: Int
    /// The body, references resolved to UUIDs.
    public var content: DecisionContent
    public var by: String
    /// The file an imported decision came from; nil (and not stored) for decisions proposed in Strata.
    public var source: DecisionSource?

    public init(decisionID: String, number: Int, content: DecisionContent, by: String, source: DecisionSource? = nil) {
        self.decisionID = decisionID
        self.number = number
        self.content = content
        self.by = by
        self.source = source
    }
}
