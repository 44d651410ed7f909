/// A short human number was handed to an entity, on the kind's counter stream (`shortid-ADR`).
///
/// Appended with `.exact(version)` in the same append that creates the entity, so two racing
/// processes can never hand out the same number: one of them gets a conflict and retries.
public struct ShortIDAllocated: DomainEvent {
    public static let eventType = "shortid.allocated"
    public static let schemaVersion = 1

    public var kind: EntityKind
    public var number: Int
    /// The entity's UUID.
    public var entityID: String

    public init(kind: EntityKind, number: Int, entityID: String) {
        self.kind = kind
        self.number = number
        self.entityID = entityID
    }
}
