/// An accepted decision retired a store.
public struct StoreRetired: DomainEvent {
    public static let eventType = "store.retired"
    public static let schemaVersion = 1

    public var storeID: String
    public var decisionID: String

    public init(storeID: String, decisionID: String) {
        self.storeID = storeID
        self.decisionID = decisionID
    }
}
