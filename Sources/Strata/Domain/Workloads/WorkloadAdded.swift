import StrataProfile

/// A workload was added to a bounded context, with its first profile (revision 1).
public struct WorkloadAdded: DomainEvent {
    public static let eventType = "workload.added"
    public static let schemaVersion = 1

    public var workloadID: String
    /// The short number: `3` in `W-3`.
    public var number: Int
    /// The owning context's UUID.
    public var contextID: String
    /// The profile, valid against `workload.schema.json`.
    public var profile: WorkloadProfile

    public init(workloadID: String, number: Int, contextID: String, profile: WorkloadProfile) {
        self.workloadID = workloadID
        self.number = number
        self.contextID = contextID
        self.profile = profile
    }
}
