/// Whether words claim a bottleneck or a gain (speed, scale, load), which needs a measurement
/// to back it (AVOID-03), as opposed to naming a capability, which does not.
enum PerformanceClaim {
    private static let cues = [
        "slow", "latency", "throughput", "fast", "performance", "perform", "bottleneck", "scale", "scaling", "load",
        "p99", "p95", "qps", "tps", "ops/s", "per second", "too many", "overloaded", "speed", "contention", "capacity",
    ]

    static func detects(_ text: String) -> Bool {
        let lowered = text.lowercased()
        return cues.contains { lowered.contains($0) }
    }
}
