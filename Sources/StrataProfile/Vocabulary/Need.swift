/// A specific capability the workload requires from its store.
///
/// Needs are hard requirements: one that no existing store offers justifies
/// another database.
public enum Need: String, CaseIterable, Codable, Sendable, Comparable {
    case branching
    case auth
    case realtime
    case globalDistribution = "global-distribution"
    case nonBlockingSchemaChanges = "non-blocking-schema-changes"
    case scaleToZero = "scale-to-zero"
    case encryptionAtRest = "encryption-at-rest"
    case replay
    case exactlyOnce = "exactly-once"
    case sql
    case knowledgeGraph = "knowledge-graph"
    case embeddedReplicas = "embedded-replicas"
    case parquet
    case downsampling
    case ttl

    /// Orders needs by their schema spelling, for stable listings.
    public static func < (lhs: Need, rhs: Need) -> Bool {
        lhs.rawValue < rhs.rawValue
    }
}
