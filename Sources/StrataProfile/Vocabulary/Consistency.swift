/// How critical consistency is (the "veracity" of the Four V's).
public enum Consistency: String, CaseIterable, Codable, Sendable {
    /// ACID transactions are required.
    case strong
    /// Readers may briefly see stale data.
    case eventual
}
