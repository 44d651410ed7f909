/// An accepted decision changed how a store is scaled.
public struct StoreTopologyChanged: DomainEvent {
    public static let eventType = "store.topology-changed"
    public static let schemaVersion = 1

    public var storeID: String
    public var decisionID: String
    public var change: TopologyChange

    public init(storeID: String, decisionID: String, change: TopologyChange) {
        self.storeID = storeID
        self.decisionID = decisionID
        self.change = change
    }
}
