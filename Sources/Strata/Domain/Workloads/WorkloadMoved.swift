/// An accepted decision moved a workload from one store to another.
///
/// Appended to the workload's stream atomically with the `decision.accepted` that carries it, at
/// the decision's effective time.
public struct WorkloadMoved: DomainEvent {
    public static let eventType = "workload.moved"
    public static let schemaVersion = 1

    public var workloadID: String
    /// The store's UUID the workload leaves.
    public var fromStoreID: String
    /// The store's UUID the workload moves to.
    public var toStoreID: String
    /// The accepted decision's UUID.
    public var decisionID: String

    public init(workloadID: String, fromStoreID: String, toStoreID: String, decisionID: String) {
        self.workloadID = workloadID
        self.fromStoreID = fromStoreID
        self.toStoreID = toStoreID
        self.decisionID = decisionID
    }
}
