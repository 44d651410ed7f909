/// The advisor's answer for a workload was kept, so the audit can show what was advised next to
/// what was decided. The payload keeps the advice whole, as the contract's JSON.
public struct AdviceRecorded: DomainEvent {
    public static let eventType = "advice.recorded"
    public static let schemaVersion = 1

    public var adviceID: String
    /// The recorded workload advised on (its UUID), or nil for a profile from a file.
    public var workloadID: String?
    /// The workload's name as the profile gave it.
    public var workloadName: String
    /// The top recommendation's technology id.
    public var topTechnology: String
    /// The advice exactly as `strata advise --json` printed it.
    public var advice: String
    public var by: String

    public init(adviceID: String, workloadID: String?, workloadName: String, topTechnology: String, advice: String, by: String) {
        self.adviceID = adviceID
        self.workloadID = workloadID
        self.workloadName = workloadName
        self.topTechnology = topTechnology
        self.advice = advice
        self.by = by
    }

    /// The stream an advice record lives in: one per record, never appended to again.
    public static func streamID(_ adviceID: String) -> String { "advice-\(adviceID)" }
}
