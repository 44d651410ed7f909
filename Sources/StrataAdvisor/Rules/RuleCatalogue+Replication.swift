import StrataProfile

extension RuleCatalogue {
    /// Section 5: connection pooling, replication and sharding.
    static let replicationRules: [Rule] = [
        Rule(
            "POOL-01", .poolingReplicationSharding,
            summary: "Relational or Postgres store with serverless callers, over 100 writers or 1,000+ reads/s: put a pooler in front.",
            explanation: """
                A pooler caps the number of connections and reuses them, so a burst of clients cannot \
                make the server spend its time opening connections instead of running queries.
                """, phase: .annotation
        ) { input in
            let profile = input.profile
            let listed = input.listed(among: Stores.relational.union(Stores.postgresFamily))
            let busy = profile.deployment == .serverless || (profile.concurrentWriters ?? 0) > Thresholds.poolWriters
                || (profile.readsPerSecond ?? 0) >= Thresholds.poolReads
            guard !listed.isEmpty, busy else { return [] }
            return [.caution(listed, "Front it with a connection pooler (PgBouncer for Postgres, pgpool-II when reads should also be balanced, or the driver's own pool such as HikariCP or SQLAlchemy). Keep the pool under the server's connection limit, permit a small overflow, and configure a wait timeout and a maximum connection age.")]
        },
        Rule(
            "REPL-01", .poolingReplicationSharding,
            summary: "Writes in several regions on servers: multi-primary needed; Cassandra gains, single-primary relational loses.",
            explanation: "Accepting writes in more than one region means several primaries, and their conflicts must be resolved."
        ) { input in
            let profile = input.profile
            let serverSide = profile.deployment == nil || profile.deployment == .server || profile.deployment == .serverless
            guard profile.multiRegionWrites == true, serverSide else { return [] }
            return [
                .gain([.cassandra], "Multi-region, multi-primary writes are built in."),
                .loss(Stores.relational, "A single primary takes all writes, so other regions pay the round trip."),
                .cautionOnTop("Writes in several regions need multi-primary replication and a conflict-resolution policy."),
            ]
        },
        Rule(
            "REPL-02", .poolingReplicationSharding,
            summary: "Replicas are planned (SCALE-02 or global distribution): primary plus replicas, synchronous if strong.",
            explanation: """
                Replicas force a choice between latency and consistency: synchronous ones are safer but \
                slow writes down, asynchronous ones are fast but lag. Either kind also provides failover \
                and can be placed close to users.
                """, phase: .annotation
        ) { input in
            let profile = input.profile
            guard replicasPlanned(profile) || profile.requires(.globalDistribution) else { return [] }
            var effects: [RuleEffect] = [
                profile.consistency == .strong
                    ? .reasonOnTop("Run a primary with synchronous replicas: safer, at some write latency; they also give failover.")
                    : .reasonOnTop("Run a primary with asynchronous replicas: fast writes, reads eventually consistent; they also give failover."),
            ]
            if profile.requires(.globalDistribution) {
                effects.append(.reasonOnTop("Place read replicas near users in each region."))
            }
            return effects
        },
        Rule(
            "SHARD-01", .poolingReplicationSharding,
            summary: "When sharding is on the path (SCALE-05): choose the shard key by the dominant access path.",
            explanation: """
                Range keys suit range scans but create hot ranges; hash keys spread evenly but are \
                hard to rebalance; geographic keys give locality and residency; a directory gives \
                flexible placement at the cost of a lookup.
                """, phase: .annotation
        ) { input in
            guard shardingOnPath(input) else { return [] }
            return shardKeyAdvice(input.profile) + [
                .cautionOnTop("Sharding makes cross-shard queries, distributed transactions and rebalancing hard, and the application must know the shards."),
            ]
        },
    ]

    private static func shardKeyAdvice(_ profile: WorkloadProfile) -> [RuleEffect] {
        var effects: [RuleEffect] = []
        if profile.has(.rangeScan) {
            effects.append(.reasonOnTop("Range-based shard key: simple and good for range scans, but watch for hot ranges."))
        } else if Set(profile.accessPatterns) == [.keyLookup] {
            effects.append(.reasonOnTop("Hash-based shard key: an even spread for key lookups, though rebalancing is hard."))
        }
        if profile.multiRegionWrites == true || profile.requires(.globalDistribution) || profile.dataResidency == true {
            effects.append(.reasonOnTop("Geographic shard key: keeps data near its users and inside its jurisdiction."))
        }
        if profile.multiTenant == true {
            effects.append(.reasonOnTop("Directory-based sharding: a lookup table places tenants flexibly, at the cost of one extra lookup."))
        }
        if profile.isReadSkewed {
            effects.append(.reasonOnTop("Give each shard its own replicas (sharded replication) to scale reads too."))
        }
        return effects
    }
}
