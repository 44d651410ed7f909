import StrataProfile

/// An accepted decision adopted a store: a technology, in a context, with a role, serving workloads.
public struct StoreAdopted: DomainEvent {
    public static let eventType = "store.adopted"
    public static let schemaVersion = 1

    public var storeID: String
    /// The short number: `4` in `S-4`.
    public var number: Int
    public var decisionID: String
    public var technology: Technology
    public var name: String
    public var contextID: String
    public var role: StoreRole
    /// UUIDs of the workloads it serves from the start.
    public var workloadIDs: [String]
    /// Why the store was adopted, as the decision gave it.
    public var justifications: [Justification]

    public init(
        storeID: String, number: Int, decisionID: String, technology: Technology, name: String, contextID: String,
        role: StoreRole, workloadIDs: [String], justifications: [Justification]
    ) {
        self.storeID = storeID
        self.number = number
        self.decisionID = decisionID
        self.technology = technology
        self.name = name
        self.contextID = contextID
        self.role = role
        self.workloadIDs = workloadIDs
        self.justifications = justifications
    }
}
