import StrataTestSupport
/// Random workload profiles as JSON: a few access patterns and, now and then, the figures that
/// set measurement targets or trip the audit's limit warnings.
enum RandomProfile {
    static let names = ["orders", "product-search", "sessions", "embeddings", "ledger", "events", "carts"]
    static let patterns = [
        "key-lookup", "relational", "document", "full-text", "vector-similarity", "graph-traversal", "time-series",
        "cache", "aggregation", "queue",
    ]

    static func json(name: String, using random: inout SeededGenerator) -> String {
        var fields = ["\"name\":\"\(name)\""]
        let chosen = random.subset(patterns, minimum: 1).prefix(3).map { "\"\($0)\"" }
        fields.append("\"accessPatterns\":[\(chosen.joined(separator: ","))]")
        if random.chance(0.6) { fields.append("\"latencyP99Ms\":\(Int.random(in: 5...200, using: &random))") }
        if random.chance(0.4) { fields.append("\"readsPerSecond\":\(Int.random(in: 100...20_000, using: &random))") }
        if random.chance(0.3) { fields.append("\"writesPerSecond\":\(Int.random(in: 10...5_000, using: &random))") }
        if random.chance(0.2) { fields.append("\"concurrentWriters\":\(Int.random(in: 1...40, using: &random))") }
        if random.chance(0.15) { fields.append("\"maxRecordSizeMB\":\(Double.random(in: 0.5...12, using: &random))") }
        if random.chance(0.1) { fields.append("\"unboundedGrowth\":true") }
        if random.chance(0.1) { fields.append("\"vectorCount\":\(Int.random(in: 1_000...300_000_000, using: &random))") }
        if random.chance(0.1) { fields.append("\"dataSizeGB\":\(Double.random(in: 1...2_000, using: &random))") }
        return "{" + fields.joined(separator: ",") + "}"
    }
}
