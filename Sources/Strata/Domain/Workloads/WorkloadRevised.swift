import StrataProfile

/// A workload got a new version of its profile; earlier revisions stay in the log.
public struct WorkloadRevised: DomainEvent {
    public static let eventType = "workload.revised"
    public static let schemaVersion = 1

    public var workloadID: String
    /// 2 for the first revision after the original profile.
    public var revision: Int
    public var profile: WorkloadProfile
    public var reason: String

    public init(workloadID: String, revision: Int, profile: WorkloadProfile, reason: String) {
        self.workloadID = workloadID
        self.revision = revision
        self.profile = profile
        self.reason = reason
    }
}
