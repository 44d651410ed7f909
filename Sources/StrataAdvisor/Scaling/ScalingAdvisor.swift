import StrataProfile

/// Says what to do next about measured bottlenecks on a running store.
///
/// Pure: given the store's technology, what is already in place and what
/// was measured, it returns the next untaken step on each breached
/// bottleneck's path (see ``ScalingPath``). Bottlenecks that meet their
/// target are ignored: scaling needs a measured problem.
public enum ScalingAdvisor {
    /// Stores that partition data by design; for them "sharding" means
    /// adding nodes or partitions and is never premature.
    static let partitionsNatively: Set<Technology> = [
        .cassandra, .kafka, .pulsar, .bigquery, .pinecone, .firestore, .planetscale, .elasticsearch,
        .clickhouse, .snowflake, .redshift, .dynamodb, .opensearch, .cockroachdb, .scylladb, .kinesis, .s3,
    ]

    /// The next step for each breached bottleneck, without duplicates,
    /// pooling first and then in progression order.
    public static func nextSteps(
        for technology: Technology, topology: StoreTopology, bottlenecks: [MeasuredBottleneck]
    ) -> [ScalingAdvice] {
        var advice: [ScalingAdvice] = []
        for bottleneck in bottlenecks where bottleneck.isBreached {
            guard let next = nextStep(technology, topology, bottleneck),
                  !advice.contains(where: { $0.action == next.action }) else { continue }
            advice.append(next)
        }
        return advice.sorted { $0.action < $1.action }
    }

    private static func nextStep(
        _ technology: Technology, _ topology: StoreTopology, _ bottleneck: MeasuredBottleneck
    ) -> ScalingAdvice? {
        let kind = bottleneck.kind
        if kind == .connections {
            guard !topology.connectionPooling else {
                return topology.scaledVertically ? nil : advice(.vertical, kind, technology, bottleneck)
            }
            return ScalingAdvice(
                action: .connectionPooling, addresses: kind, rule: "POOL-01",
                text: "\(bottleneck.summary): put a connection pooler in front of \(technology.displayName) and size it within the server's connection limit before scaling anything.")
        }
        if partitionsNatively.contains(technology), kind != .readLatency {
            return ScalingAdvice(
                action: .sharding, addresses: kind, rule: "SCALE-05",
                text: "\(bottleneck.summary): \(technology.displayName) partitions by design; add nodes or partitions.")
        }
        guard let step = ScalingPath.steps(for: kind).first(where: { !topology.has($0) }) else { return nil }
        return advice(step, kind, technology, bottleneck)
    }

    private static func advice(
        _ step: ScalingStep, _ kind: BottleneckKind, _ technology: Technology, _ bottleneck: MeasuredBottleneck
    ) -> ScalingAdvice {
        ScalingAdvice(
            action: ScalingAction(step), addresses: kind, rule: ScalingPath.rule(for: step, kind: kind),
            text: "\(bottleneck.summary): \(explanation(step, kind, technology))")
    }

    private static func explanation(_ step: ScalingStep, _ kind: BottleneckKind, _ technology: Technology) -> String {
        let name = technology.displayName
        switch (step, kind) {
        case (.vertical, _) where Stores.managed.contains(technology):
            return "raise \(name)'s autoscaling ceiling or plan first; it sizes its own compute, so there is no node to resize."
        case (.vertical, _): return "scale the \(name) node up first; it is the simplest lever."
        case (.readReplicas, .writeThroughput): return "move the remaining reads to replicas so the primary spends its capacity on writes."
        case (.readReplicas, _): return "add read replicas and route reads to them; they also give failover."
        case (.cache, .writeThroughput): return "cache hot reads (and buffer bursts write-behind where loss is tolerable) to unload the primary."
        case (.cache, _): return "put a Redis or Valkey cache in front for the hottest reads."
        case (.cqrs, .writeThroughput): return "separate a slim write model from CQRS read models so the primary only handles commands; this adds no write capacity, so if writes still miss the target, sharding is next."
        case (.cqrs, _): return "serve queries from CQRS read models shaped for them."
        case (.sharding, .storageSize): return "replicas, caches and read models copy data rather than shrink it; partition \(name) next."
        case (.sharding, _): return "every earlier step is in place; shard \(name) by the dominant access path."
        }
    }
}
