/// The family a recommended technology belongs to in advice output.
///
/// The advice contract fixes these eleven values so that scripts can group or
/// filter recommendations without knowing every technology id. Each
/// ``Technology`` reports exactly one category (see ``Technology/category``).
public enum StoreCategory: String, CaseIterable, Codable, Sendable, Comparable {
    case relational
    case document
    case keyValue = "key-value"
    case vector
    case timeSeries = "time-series"
    case eventStreaming = "event-streaming"
    case graph
    case embedded
    case analytical
    case search
    case wideColumn = "wide-column"

    /// Orders categories by their contract spelling, so listings are stable.
    public static func < (lhs: StoreCategory, rhs: StoreCategory) -> Bool {
        lhs.rawValue < rhs.rawValue
    }
}
