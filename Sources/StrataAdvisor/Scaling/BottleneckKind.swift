/// What a measured bottleneck limits.
///
/// The kind decides which scaling path applies: read problems climb the
/// full progression, write and storage problems skip steps that only add read
/// capacity, and connection exhaustion is solved by pooling, not by scaling.
public enum BottleneckKind: String, CaseIterable, Codable, Sendable {
    /// Reads are too slow (p99 over target) or too many for the node.
    case readLatency
    /// The store cannot absorb the required write rate.
    case writeThroughput
    /// The data outgrows what one node should hold.
    case storageSize
    /// Clients exhaust the store's connection limit.
    case connections

    /// Whether a larger measured value is worse than a smaller one.
    ///
    /// For write throughput the value is the rate the store achieves, so a
    /// value below target is the problem; for the others the value is a cost
    /// (latency, bytes, connections) and exceeding the target is.
    public var higherIsWorse: Bool {
        self != .writeThroughput
    }
}
