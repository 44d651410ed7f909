import StrataProfile

/// An accepted decision adopted a store: a technology, in a context, with a role, serving workloads.
///
/// Schema v1 throughout: `category` was added as an optional key, written only for an
/// `other:NAME` technology, so payloads recorded before it decode unchanged.
public struct StoreAdopted: DomainEvent {
    public static let eventType = "store.adopted"
    public static let schemaVersion = 1

    public var storeID: String
    /// The short number: `4` in `S-4`.
    public var number: Int
    public var decisionID: String
    /// A catalogue technology, or `other:NAME` with its category.
    public var technology: StoreTechnology
    public var name: String
    public var contextID: String
    public var role: StoreRole
    /// UUIDs of the workloads it serves from the start.
    public var workloadIDs: [String]
    /// Why the store was adopted, as the decision gave it.
    public var justifications: [Justification]

    public init(
        storeID: String, number: Int, decisionID: String, technology: StoreTechnology, name: String, contextID: String,
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

    private enum CodingKeys: String, CodingKey {
        case storeID, number, decisionID, technology, category, name, contextID, role, workloadIDs, justifications
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        storeID = try c.decode(String.self, forKey: .storeID)
        number = try c.decode(Int.self, forKey: .number)
        decisionID = try c.decode(String.self, forKey: .decisionID)
        technology = try c.decodeStoreTechnology(technology: .technology, category: .category)
        name = try c.decode(String.self, forKey: .name)
        contextID = try c.decode(String.self, forKey: .contextID)
        role = try c.decode(StoreRole.self, forKey: .role)
        workloadIDs = try c.decode([String].self, forKey: .workloadIDs)
        justifications = try c.decode([Justification].self, forKey: .justifications)
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(storeID, forKey: .storeID)
        try c.encode(number, forKey: .number)
        try c.encode(decisionID, forKey: .decisionID)
        try c.encode(technology, technology: .technology, category: .category)
        try c.encode(name, forKey: .name)
        try c.encode(contextID, forKey: .contextID)
        try c.encode(role, forKey: .role)
        try c.encode(workloadIDs, forKey: .workloadIDs)
        try c.encode(justifications, forKey: .justifications)
    }
}
