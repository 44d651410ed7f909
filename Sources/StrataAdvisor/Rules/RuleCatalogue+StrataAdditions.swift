import StrataProfile

extension RuleCatalogue {
    /// Rules Strata adds where the catalogue is silent: for the profile fields
    /// the catalogue predates (stage, figures, relationships, tenancy,
    /// permissions, read models, residency), for measured bottlenecks, and so
    /// that every valid profile gets at least one recommendation.
    static let strataRules: [Rule] = coverageRules + stageRules + shapeRules + scalingPathRules

    private static let coverageRules: [Rule] = [
        Rule(
            "STRATA-FIT-01", .strataAdditions,
            summary: "No other rule put a store forward: list the stores whose strengths cover the access patterns.",
            explanation: """
                Some valid profiles (a durable queue with no figures, say) match no specific rule. \
                Rather than answer nothing, the advisor lists the technologies that serve the most of \
                the workload's patterns and lets the Four V's order them.
                """
        ) { input in
            guard let ranking = input.ranking, ranking.order.isEmpty else { return [] }
            let patterns = Set(input.profile.accessPatterns)
            let coverage = Dictionary(uniqueKeysWithValues: Technology.schemaCases.map {
                ($0, PatternCoverage.patternsServed(by: $0).intersection(patterns).count)
            })
            guard let best = coverage.values.max(), best > 0 else { return [] }
            let fitting = Set(coverage.filter { $0.value == best }.keys)
            return [.gain(fitting, "Serves \(best == patterns.count ? "every" : "most") access pattern(s) of this workload; no more specific rule applied.")]
        },
        Rule(
            "STRATA-MSG-01", .strataAdditions,
            summary: "Durable queues or pub/sub (data not ephemeral): event streaming gains, Redis Streams as the lighter option.",
            explanation: """
                Messages that must not be lost belong in a broker that persists them until they are \
                consumed; Kafka is the guide's default for event-driven messaging. Redis Streams \
                serve lighter queues where a small loss window is acceptable.
                """
        ) { input in
            let profile = input.profile
            guard profile.has(.queue) || profile.has(.pubSub), profile.ephemeral != true, !profile.has(.eventStream)
            else { return [] }
            return [
                .gain(Stores.streaming, "A durable broker keeps messages until every consumer group has read them."),
                .gain(Stores.keyValue, "Redis Streams give ordered queues with consumer groups, for lighter messaging."),
            ]
        },
        Rule(
            "STRATA-MEAS-01", .strataAdditions,
            summary: "A bottleneck measured on the running system justifies another store.",
            explanation: """
                The guide's first reason to add a database is a clear, measured bottleneck. When the \
                architecture records one that misses its target, it counts as that justification, \
                ahead of any band figure in the profile.
                """, phase: .annotation
        ) { input in
            let breached = input.facts.breachedBottlenecks
            guard !breached.isEmpty else { return [] }
            let list = breached.map(\.summary).joined(separator: "; ")
            return [.reasonOnTop("Measured bottleneck(s) on the running system: \(list).")]
        },
        Rule(
            "STRATA-FIG-01", .strataAdditions,
            summary: "Estimated figures: rate and size bands do not justify another store; measure first.",
            explanation: """
                Only a measured bottleneck justifies a new database. When the profile says its \
                figures are estimates, high rates or volumes are speculation, so they no longer count \
                as a reason to add a store next to the existing ones.
                """, phase: .annotation
        ) { input in
            let facts = input.facts
            guard facts.profile.figures == .estimated, facts.anythingRuns,
                  !PolyglotTriggers.rateAndVolumeBands(facts).isEmpty else { return [] }
            return [.assumption("figures are estimates: the rate and size bands were not counted as a measured need for another store; measure them on the running system first.")]
        },
    ]

    private static let stageRules: [Rule] = [
        Rule(
            "STRATA-STAGE-01", .strataAdditions,
            summary: "A prototype or internal tool needing vector search (no Postgres, self-run, up to 10M vectors): Chroma first.",
            explanation: "Chroma is the quickest vector store to stand up for proofs of concept and internal tools."
        ) { input in
            let profile = input.profile
            guard profile.stage == .prototype || profile.stage == .internalTool, profile.has(.vectorSimilarity),
                  !input.facts.postgresExists, !weaviateFits(profile), profile.operations != .managed,
                  (profile.vectorCount ?? 0) <= Thresholds.pgvectorComfortVectors else { return [] }
            return [.strongGain([.chroma], "Quickest to stand up for a prototype or internal tool."), .first(.chroma)]
        },
        Rule(
            "STRATA-STAGE-02", .strataAdditions,
            summary: "A prototype or internal tool on a server with plain patterns and no SQLite limit: SQLite gains.",
            explanation: "SQLite suits development, testing and early prototypes: one file, nothing to run, and an easy move to a server database later."
        ) { input in
            let profile = input.profile
            let plain: Set<AccessPattern> = [.keyLookup, .relational, .rangeScan, .aggregation]
            guard profile.stage == .prototype || profile.stage == .internalTool, input.facts.isServerOrUnstated,
                  Set(profile.accessPatterns).isSubset(of: plain), !profile.hasManyConcurrentWriters,
                  !profile.isOnNetworkFilesystem, !profile.isBeyondTerabyte, profile.complexPermissions != true
            else { return [] }
            return [.gain([.sqlite], "For a prototype or internal tool, one file with nothing to operate is enough.")]
        },
        Rule(
            "STRATA-STAGE-03", .strataAdditions,
            summary: "A production vector workload: Chroma is never first.",
            explanation: "Chroma's strength is proofs of concept; a workload serving real users needs a store chosen for production scale and operations."
        ) { input in
            guard input.profile.stage == .production, input.profile.has(.vectorSimilarity) else { return [] }
            return [.neverFirst([.chroma]), .caution([.chroma], "Best for prototypes; check availability and scale before serving real users.")]
        },
    ]

    private static let scalingPathRules: [Rule] = [
        Rule(
            "STRATA-SCALE-01", .strataAdditions,
            summary: "A measured write bottleneck: scale up, then replicas and a cache to unload the primary, then CQRS, and shard last.",
            explanation: """
                Only sharding adds write capacity; every earlier step frees the primary instead. \
                Replicas and a cache take reads off it, which is why they come first and most often \
                suffice; CQRS then removes the remaining query load but no write work, so it follows \
                them, and sharding stays the last resort.
                """, scope: .review
        ) { _ in [] },
        Rule(
            "STRATA-SCALE-02", .strataAdditions,
            summary: "Measured storage growth: scale up, then partition; replicas, caches and read models do not help.",
            explanation: """
                Replicas, caches and read models copy data; none of them reduces what the primary \
                must hold. Once a bigger node is not enough, partitioning is the step that does, so \
                for storage-driven sharding only scaling up is a prerequisite.
                """, scope: .review
        ) { _ in [] },
    ]
}
