import StrataProfile

extension RuleCatalogue {
    /// Section 2: the Four V's (volume, velocity, variety, veracity).
    ///
    /// These rules rank the stores other rules put forward; apart from the
    /// scale-out members above a terabyte or 100K writes/s they nominate nothing.
    static let fourVRules: [Rule] = volumeRules + velocityRules + varietyAndVeracityRules

    private static let volumeRules: [Rule] = [
        Rule(
            "V4-VOL-01", .fourVs,
            summary: "Under 1 GB: SQLite and DuckDB gain.",
            explanation: """
                Data measured in megabytes sits comfortably in one embedded file with nothing to run.
                """
        ) { input in
            guard let volume = input.profile.volumeGB, volume < Thresholds.megabyteBandGB else { return [] }
            return [.boost([.sqlite, .duckdb], "Under a gigabyte fits comfortably in one embedded file.")]
        },
        Rule(
            "V4-VOL-02", .fourVs,
            summary: "1 GB to 1 TB: PostgreSQL and MongoDB gain.",
            explanation: """
                From a gigabyte up to a terabyte, a single properly sized server is the sweet spot.
                """
        ) { input in
            guard let volume = input.profile.volumeGB, volume >= Thresholds.megabyteBandGB,
                  volume <= Thresholds.terabyteGB else { return [] }
            return [.boost([.postgresql, .mongodb], "Between a gigabyte and a terabyte, one well-sized server copes.")]
        },
        Rule(
            "V4-VOL-03", .fourVs,
            summary: "Over 1 TB: favour the store that scales out for this kind of workload (Cassandra, BigQuery, PlanetScale, Pinecone).",
            explanation: """
                Once data passes a terabyte, paying for a distributed store is worthwhile: Cassandra \
                when data is fetched by key or range, BigQuery for analytics, PlanetScale for relational \
                data, Pinecone for vectors. Single-node stores meet sharding (SCALE-05) at this size.
                """
        ) { input in
            let profile = input.profile
            guard profile.isBeyondTerabyte else { return [] }
            let text = "Beyond a terabyte a store that scales out is worth its cost."
            var effects: [RuleEffect] = [.reasonOnTop("Beyond a terabyte, plan for a distributed design from the start.")]
            if profile.has(.keyLookup) || profile.has(.rangeScan) { effects.append(.gain([.cassandra], text)) }
            if profile.isAnalytical { effects.append(.gain([.bigquery], text)) }
            if profile.has(.relational), profile.operations != .selfHosted { effects.append(.gain([.planetscale], text)) }
            if profile.has(.vectorSimilarity) { effects.append(.gain([.pinecone], text)) }
            return effects
        },
    ]

    private static let velocityRules: [Rule] = [
        Rule(
            "V4-VEL-01", .fourVs,
            summary: "Under 1,000 writes/s: relational stores gain.",
            explanation: "Any relational engine absorbs this write rate without tuning."
        ) { input in
            guard let writes = input.profile.writesPerSecond, writes < Thresholds.lowVelocity else { return [] }
            return [.boost(Stores.relational, "Under 1,000 writes/s is well within any relational engine.")]
        },
        Rule(
            "V4-VEL-02", .fourVs,
            summary: "1,000 to 100,000 writes/s: no penalty, but tune a relational store.",
            explanation: """
                At these rates a relational engine still copes if tuned (pooling, batched writes, lean \
                indexes); a NoSQL store copes too.
                """
        ) { input in
            guard let writes = input.profile.writesPerSecond, writes >= Thresholds.lowVelocity,
                  writes <= Thresholds.highVelocity else { return [] }
            return [.caution(Stores.relational, "At this write rate tune the engine: pool connections, batch writes, keep indexes lean.")]
        },
        Rule(
            "V4-VEL-03", .fourVs,
            summary: "Over 100,000 writes/s: Cassandra or Kafka strongly favoured; relational and SQLite lose.",
            explanation: """
                Six-figure sustained write rates call for partitioned, append-oriented stores: Cassandra \
                when the data is later fetched by key or range, Kafka for streams and messages. DuckDB's \
                bulk loading is not penalised.
                """
        ) { input in
            let profile = input.profile
            guard let writes = profile.writesPerSecond, writes > Thresholds.highVelocity else { return [] }
            var effects: [RuleEffect] = [
                .loss(Stores.relational, "A single relational primary struggles past 100,000 writes/s."),
                .loss(Stores.sqliteFamily, "A single-writer engine cannot absorb 100,000 writes/s."),
            ]
            if profile.has(.keyLookup) || profile.has(.rangeScan) {
                effects.append(.strongGain([.cassandra], "Spreads six-figure write rates over partitions and serves them back by key or range."))
            }
            if profile.has(.eventStream) || profile.has(.queue) || profile.has(.pubSub) {
                effects.append(.strongGain([.kafka], "Partitioned append-only logs absorb six-figure event rates."))
            }
            return effects
        },
    ]

    private static let varietyAndVeracityRules: [Rule] = [
        Rule(
            "V4-VAR-01", .fourVs,
            summary: "Rigid structure: relational stores gain.",
            explanation: "A stable schema profits from declared types and constraints."
        ) { input in
            guard input.profile.structure == .rigid else { return [] }
            return [.boost(Stores.relational, "A stable schema profits from declared types and constraints.")]
        },
        Rule(
            "V4-VAR-02", .fourVs,
            summary: "Evolving structure: document stores gain.",
            explanation: "Shapes that change over time suit flexible documents."
        ) { input in
            guard input.profile.structure == .evolving else { return [] }
            return [.boost(Stores.document, "Shapes that change over time suit flexible documents.")]
        },
        Rule(
            "V4-VAR-03", .fourVs,
            summary: "Schemaless: key-value stores gain (document stores when access is by document).",
            explanation: "With no schema at all, opaque values under keys are the natural fit, unless the records are read as documents."
        ) { input in
            guard input.profile.structure == .schemaless else { return [] }
            if input.profile.has(.document) {
                return [.boost(Stores.document, "No fixed schema, and records are read as documents.")]
            }
            return [.boost(Stores.keyValue, "No schema at all: opaque values under keys.")]
        },
        Rule(
            "V4-VER-01", .fourVs,
            summary: "Strong consistency: relational strongly favoured; key-value (as sole durable store) and Cassandra lose.",
            explanation: """
                Transactions with ACID guarantees are what relational engines are built around; an in- \
                memory store, or one whose consistency is tuned per query, is a poor only home for such \
                data.
                """
        ) { input in
            guard input.profile.consistency == .strong else { return [] }
            var effects: [RuleEffect] = [
                .boost(Stores.relational, "ACID transactions are built in.", points: 2),
                .loss([.cassandra], "Consistency is tunable per query, not transactional across rows."),
            ]
            if input.profile.ephemeral != true {
                effects.append(.loss(Stores.keyValue, "Durable, transactional data should not live only in an in-memory store."))
            }
            return effects
        },
        Rule(
            "V4-VER-02", .fourVs,
            summary: "Eventual consistency: document, key-value and distributed stores lose nothing; no ACID bonus.",
            explanation: "Accepting eventual consistency opens NoSQL and distributed designs without penalty."
        ) { input in
            guard input.profile.consistency == .eventual else { return [] }
            let open = Stores.document.union(Stores.keyValue).union([.cassandra])
            return [.reason(open, "Eventual consistency is acceptable, so a NoSQL or distributed design costs nothing here.")]
        },
    ]
}
