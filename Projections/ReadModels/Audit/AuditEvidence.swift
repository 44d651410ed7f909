/// One link of a store's evidence chain: decision → justification → workload or measurement.
public struct AuditEvidence: Codable, Sendable, Hashable {
    /// The decision that adopted the store (`ADR-N`).
    public var decision: String
    /// When that decision took effect (ISO-8601).
    public var decidedAt: String
    /// `measured-bottleneck`, `access-pattern`, `capability`, `statement` or `unique-access-pattern`.
    public var kind: String
    /// The justification in words.
    public var text: String
    /// The measurement cited (`M-N`), if any.
    public var measurement: String?
    /// The workload cited (`W-N`), if any.
    public var workload: String?
    /// When the cited measurement was observed (ISO-8601).
    public var observedAt: String?
    /// Whether this piece of evidence supports the store today.
    public var holds: Bool
    /// Why it does not hold, when it does not.
    public var why: String?
}
