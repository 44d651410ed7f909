/// How a workload reads or writes its data; the first thing the advisor asks.
///
/// A profile lists one or more patterns (`accessPatterns`). Raw values are the
/// schema's spellings and appear in stored profiles, so they never change.
public enum AccessPattern: String, CaseIterable, Codable, Sendable, Comparable {
    case keyLookup = "key-lookup"
    case document
    case relational
    case rangeScan = "range-scan"
    case aggregation
    case fullText = "full-text"
    case vectorSimilarity = "vector-similarity"
    case graphTraversal = "graph-traversal"
    case timeSeries = "time-series"
    case eventStream = "event-stream"
    case queue
    case pubSub = "pub-sub"
    case cache
    case session
    case rateLimit = "rate-limit"
    case leaderboard
    case geo

    /// Orders patterns by their schema spelling, for stable listings.
    public static func < (lhs: AccessPattern, rhs: AccessPattern) -> Bool {
        lhs.rawValue < rhs.rawValue
    }
}
