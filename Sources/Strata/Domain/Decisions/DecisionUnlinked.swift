/// A typed link from this decision to another, added by `decision.linked`, was removed.
///
/// Links are record-keeping: a team that deletes a `Relates to` line from an ADR file has
/// changed what the record says, and a sync of the file has to be able to say so without
/// rewriting history. The link stays in the log as it was added; this later fact ends it.
/// Links that came with the proposal's content change by amending the content instead.
public struct DecisionUnlinked: DomainEvent {
    public static let eventType = "decision.unlinked"
    public static let schemaVersion = 1

    public var decisionID: String
    /// The link removed, its target as a UUID.
    public var link: DecisionLink
    public var by: String
    public var reason: String

    public init(decisionID: String, link: DecisionLink, by: String, reason: String) {
        self.decisionID = decisionID
        self.link = link
        self.by = by
        self.reason = reason
    }
}
