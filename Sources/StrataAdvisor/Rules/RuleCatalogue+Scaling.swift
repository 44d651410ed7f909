import StrataProfile

extension RuleCatalogue {
    /// Section 6: the scaling progression, as steps for the top choice.
    static let scalingRules: [Rule] = [
        Rule(
            "SCALE-01", .scalingProgression,
            summary: "A single-node server store is recommended: step S1, scale it up first.",
            explanation: "A bigger server is the simplest lever and changes nothing in the application.", phase: .annotation
        ) { input in
            guard let top = input.ranking?.top, Stores.singleNodeCategories.contains(top.category) else { return [] }
            if Stores.managed.contains(top) {
                return [.scaling(.vertical, "\(top.displayName) sizes its own compute: raise its autoscaling ceiling or plan before anything else; there is no node to resize.")]
            }
            return [.scaling(.vertical, "Scale the single \(top.displayName) node up (CPU, memory, faster disks) before anything else.")]
        },
        Rule(
            "SCALE-02", .scalingProgression,
            summary: "Read-skewed with 5,000+ reads/s: step S2, read replicas.",
            explanation: "Replicas multiply read capacity and add failover; they solve most scaling problems.", phase: .annotation
        ) { input in
            guard replicasPlanned(input.profile) else { return [] }
            return [.scaling(.readReplicas, "Add read replicas and route reads to them; they also provide failover.")]
        },
        Rule(
            "SCALE-03", .scalingProgression,
            summary: "10,000+ reads/s or a p99 of 5 ms or less on a relational/document store without a cache: step S3, a cache.",
            explanation: "Serving the hot data from memory (Redis/Valkey) takes the most frequent reads off the database.", phase: .annotation
        ) { input in
            let profile = input.profile
            let hot = (profile.readsPerSecond ?? 0) >= Thresholds.cacheReads
                || (profile.latencyP99Ms ?? .infinity) <= Thresholds.cacheLatencyMs
            guard hot, topIsRelationalOrDocument(input), !profile.has(.cache) else { return [] }
            return [.scaling(.cache, "After replicas, put a Redis or Valkey cache in front for the hottest reads.")]
        },
        Rule(
            "SCALE-04", .scalingProgression,
            summary: "Read-skewed with 50,000+ reads/s: step S4, CQRS read models.",
            explanation: """
                After replicas and a cache have run out of headroom, build read models shaped for each \
                query.
                """, phase: .annotation
        ) { input in
            guard input.profile.isReadSkewed, (input.profile.readsPerSecond ?? 0) >= Thresholds.cqrsReads else { return [] }
            return [.scaling(.cqrs, "When replicas and cache are exhausted, serve queries from CQRS read models.")]
        },
        Rule(
            "SCALE-05", .scalingProgression,
            summary: "Relational/document store with over 100,000 writes/s or over 1 TB: step S5, shard, but only after S1–S4.",
            explanation: """
                Sharding comes last because it costs the most and never goes away; taking it before the \
                earlier steps is premature.
                """, phase: .annotation
        ) { input in
            guard shardingOnPath(input) else { return [] }
            return [.scaling(.sharding, "Shard only once scaling up, replicas, caching and read models are exhausted; earlier it is premature.")]
        },
    ]

    static func replicasPlanned(_ profile: WorkloadProfile) -> Bool {
        profile.isReadSkewed && (profile.readsPerSecond ?? 0) >= Thresholds.replicaReads
    }

    static func topIsRelationalOrDocument(_ input: RuleInput) -> Bool {
        guard let top = input.ranking?.top else { return false }
        return top.category == .relational || top.category == .document
    }

    static func shardingOnPath(_ input: RuleInput) -> Bool {
        let profile = input.profile
        let large = (profile.writesPerSecond ?? 0) > Thresholds.highVelocity || profile.isBeyondTerabyte
        return large && topIsRelationalOrDocument(input)
    }
}
