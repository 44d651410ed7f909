/// The fixed vocabulary of what a measurement observes, each with its unit and direction.
///
/// The raw values are stored in events and typed on the command line; never rename one.
public enum Metric: String, CaseIterable, Codable, Sendable {
    case latencyP50Ms = "latency-p50-ms"
    case latencyP95Ms = "latency-p95-ms"
    case latencyP99Ms = "latency-p99-ms"
    case readsPerSecond = "reads-per-second"
    case writesPerSecond = "writes-per-second"
    case errorRatePercent = "error-rate-percent"
    case cpuPercent = "cpu-percent"
    case memoryPercent = "memory-percent"
    case storageGB = "storage-gb"
    case replicationLagMs = "replication-lag-ms"
    case consumerLagMessages = "consumer-lag-messages"
    case cacheHitRatio = "cache-hit-ratio"
    case connections
    case vectorCount = "vector-count"
    case queueDepth = "queue-depth"

    /// Whether a larger figure is worse (latency) or better (throughput, cache hit ratio).
    public enum Direction: String, Sendable {
        case higherIsWorse = "higher-is-worse"
        case lowerIsWorse = "lower-is-worse"
    }

    /// The one unit the metric is recorded in.
    public var unit: String {
        switch self {
        case .latencyP50Ms, .latencyP95Ms, .latencyP99Ms, .replicationLagMs: "ms"
        case .readsPerSecond, .writesPerSecond: "ops/s"
        case .errorRatePercent, .cpuPercent, .memoryPercent: "%"
        case .storageGB: "GB"
        case .consumerLagMessages, .queueDepth: "messages"
        case .cacheHitRatio: "ratio"
        case .connections: "connections"
        case .vectorCount: "vectors"
        }
    }

    /// Throughput and hit ratios miss a target by falling below it; everything else by exceeding it.
    public var direction: Direction {
        switch self {
        case .readsPerSecond, .writesPerSecond, .cacheHitRatio: .lowerIsWorse
        default: .higherIsWorse
        }
    }

    /// The largest meaningful value (percentages 100, ratios 1), or nil for unbounded figures.
    public var maximum: Double? {
        switch self {
        case .errorRatePercent, .cpuPercent, .memoryPercent: 100
        case .cacheHitRatio: 1
        default: nil
        }
    }

    /// The workload-profile field that sets a target for this metric, when there is one.
    ///
    /// `latencyP99Ms` is the hot path's latency target; `readsPerSecond` and `writesPerSecond`
    /// are the peak rates the store must sustain, so a measured capacity below them misses.
    public var profileTargetField: String? {
        switch self {
        case .latencyP99Ms: "latencyP99Ms"
        case .readsPerSecond: "readsPerSecond"
        case .writesPerSecond: "writesPerSecond"
        default: nil
        }
    }

    /// Every metric id, for messages and help.
    public static var vocabulary: String { allCases.map(\.rawValue).joined(separator: ", ") }
}

/// Where a figure came from.
public enum MeasurementSource: String, CaseIterable, Codable, Sendable {
    case benchmark
    case production = "production-monitoring"
    case loadTest = "load-test"
}
