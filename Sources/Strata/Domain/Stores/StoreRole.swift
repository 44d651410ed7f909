/// What a store does in the architecture. Raw values are stored; never rename one.
public enum StoreRole: String, CaseIterable, Codable, Sendable {
    case primary
    case cache
    case search
    case analytics
    case vector
    case stream
    case queue
    case graph
    case timeSeries = "time-series"
    case archive
}

/// How a sharded store splits its data.
public enum ShardStrategy: String, CaseIterable, Codable, Sendable {
    case range
    case hash
    case geographic
    case directory
}
