import StrataProfile

extension RuleCatalogue {
    /// Section 3.1: the common polyglot pairings.
    static let polyglotRules: [Rule] = [
        Rule(
            "POLY-01", .polyglotPairings,
            summary: "A relational store runs, the workload caches or keeps sessions, and a new store is justified: Redis/Valkey first.",
            explanation: """
                Pairing a relational database with Redis is the most widespread combination there is. \
                The relational side keeps the authoritative data; the key-value side absorbs hot, short- \
                lived reads.
                """
        ) { input in
            let facts = input.facts
            guard !facts.existing.isDisjoint(with: Stores.relational.union(Stores.postgresFamily)),
                  facts.profile.has(.cache) || facts.profile.has(.session),
                  !PolyglotTriggers.holding(facts).isEmpty else { return [] }
            return [
                .gain(Stores.keyValue, "Relational store plus Redis/Valkey is the most common pairing; the relational store stays the system of record."),
                .first([.redis, .valkey], priority: .decisive),
            ]
        },
        Rule(
            "POLY-02", .polyglotPairings,
            summary: "Full-text search: Elasticsearch first, fed from the system of record.",
            explanation: """
                Searching text by relevance is a distinct capability, enough on its own to justify a \
                search engine. A relational store already in place keeps the authoritative data and \
                streams its changes into the index.
                """
        ) { input in
            guard input.profile.has(.fullText) else { return [] }
            var effects: [RuleEffect] = [
                .strongGain([.elasticsearch], "Full-text search (analysis, relevance, facets) is a capability of its own."),
                .first(.elasticsearch),
            ]
            if !input.facts.existing.isDisjoint(with: Stores.relational) {
                effects.append(.reason([.elasticsearch], "The relational store stays authoritative; stream its changes into the search index."))
            }
            return effects
        },
        Rule(
            "POLY-03", .polyglotPairings,
            summary: "Analytical workload: DuckDB first up to 1 TB, BigQuery beyond (unless self-hosted).",
            explanation: """
                Keep analytical queries away from the transactional database: run them in process up to \
                roughly a terabyte and in a warehouse above that.
                """
        ) { input in
            let profile = input.profile
            guard profile.isAnalytical else { return [] }
            if !profile.isBeyondTerabyte {
                return [.strongGain([.duckdb], "Analytics run in process, away from the transactional database, up to roughly a terabyte."), .first(.duckdb)]
            }
            guard profile.operations != .selfHosted else { return [] }
            return [.strongGain([.bigquery], "Beyond a terabyte, analytics belong in a warehouse."), .first(.bigquery)]
        },
        Rule(
            "POLY-04", .polyglotPairings,
            summary: "With Postgres running, pgvector (at most 100M vectors) and TimescaleDB are treated as that same database.",
            explanation: """
                An extension brings new capability without a new system to watch, back up and learn, so \
                the polyglot checks do not treat it as another database. Beyond 100M vectors SEL-VEC-05 \
                applies instead.
                """, phase: .annotation
        ) { input in
            guard input.facts.postgresExists else { return [] }
            let extensions = input.listed(among: [.pgvector, .timescaledb]).filter(input.facts.isExistingOrExtension)
            guard !extensions.isEmpty else { return [] }
            return [.reason(extensions, "An extension of the PostgreSQL already running, not another database to operate.")]
        },
        Rule(
            "POLY-05", .polyglotPairings,
            summary: "Event streams with two or more existing stores: Kafka as the hub that feeds them.",
            explanation: """
                Publishing each domain event once and letting every specialised store subscribe keeps \
                the stores consistent without dual writes.
                """
        ) { input in
            guard input.profile.has(.eventStream), input.facts.existing.count >= 2 else { return [] }
            return [.gain([.kafka], "Emit each domain event once; every existing store consumes it instead of being written to directly.")]
        },
        Rule(
            "POLY-06", .polyglotPairings,
            summary: "Edge plus global distribution: Turso and D1 strongly favoured, Redis/Valkey as a cache at the edge.",
            explanation: """
                For worldwide low latency, put SQLite-compatible replicas at the edge and keep hot keys \
                in a cache there as well.
                """
        ) { input in
            guard input.profile.deployment == .edge, input.profile.requires(.globalDistribution) else { return [] }
            var effects: [RuleEffect] = [.strongGain([.turso, .cloudflareD1], "SQLite replicated to edge locations worldwide.")]
            if input.profile.has(.cache) || input.profile.has(.session) {
                effects.append(.gain(Stores.keyValue, "An edge cache for hot keys and sessions."))
            }
            return effects
        },
    ]
}
