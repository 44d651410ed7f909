/// A workload was retired: it no longer runs, and takes no new measurements or moves.
public struct WorkloadRetired: DomainEvent {
    public static let eventType = "workload.retired"
    public static let schemaVersion = 1

    public var workloadID: String
    public var reason: String

    public init(workloadID: String, reason: String) {
        self.workloadID = workloadID
        self.reason = reason
    }
}
