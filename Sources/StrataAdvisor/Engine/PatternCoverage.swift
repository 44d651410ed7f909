import StrataProfile

/// Which access patterns and needs each technology covers.
///
/// Two different questions live here. ``patternsServed(by:)`` is the
/// catalogue's served-by table (RULES.md §3.2): can an existing store take
/// on this pattern well enough that adding a database is not justified?
/// ``nativeServers(of:in:)`` is stricter: which ids are built for the
/// pattern and may therefore be ranked first for it.
enum PatternCoverage {
    static let relationalCorePatterns: Set<AccessPattern> = [
        .keyLookup, .relational, .rangeScan, .aggregation, .cache, .session,
    ]

    /// The patterns a store of this technology already serves.
    ///
    /// The Postgres family also serves vectors (pgvector) and time series
    /// (TimescaleDB); the two extensions, being Postgres, serve the
    /// relational core too.
    static func patternsServed(by technology: Technology) -> Set<AccessPattern> {
        if technology.isMember(of: .postgresFamily) {
            return relationalCorePatterns.union([.vectorSimilarity, .timeSeries])
        }
        return nonPostgresPatterns(technology)
    }

    private static func nonPostgresPatterns(_ technology: Technology) -> Set<AccessPattern> {
        switch technology {
        case .mysql, .planetscale: relationalCorePatterns
        case .mongodb, .couchdb, .firestore: [.document, .keyLookup, .rangeScan, .cache, .session]
        case .sqlite, .libsql, .turso, .cloudflareD1: [.keyLookup, .relational, .rangeScan, .aggregation]
        case .redis, .valkey: [.keyLookup, .cache, .session, .rateLimit, .leaderboard, .queue, .pubSub, .geo]
        case .kafka, .pulsar: [.eventStream, .queue, .pubSub]
        case .elasticsearch: [.fullText, .aggregation]
        case .neo4j, .neptune: [.graphTraversal]
        case .influxdb: [.timeSeries, .aggregation, .rangeScan]
        case .cassandra: [.keyLookup, .rangeScan]
        case .duckdb, .bigquery: [.aggregation, .rangeScan]
        case .pinecone, .weaviate, .chroma: [.vectorSimilarity]
        case .indexeddb: [.keyLookup, .document]
        case .postgresql, .neon, .supabase, .pgvector, .timescaledb: relationalCorePatterns
        default: catalogueAdditionPatterns(technology)
        }
    }

    /// Catalogue additions serve what their category does.
    private static func catalogueAdditionPatterns(_ technology: Technology) -> Set<AccessPattern> {
        switch technology {
        case .sqlserver, .oracle, .mariadb, .cockroachdb: relationalCorePatterns
        case .clickhouse, .snowflake, .redshift, .s3: [.aggregation, .rangeScan]
        case .dynamodb: [.keyLookup, .rangeScan, .cache, .session]
        case .memcached: [.keyLookup, .cache, .session]
        case .opensearch: [.fullText, .aggregation]
        case .scylladb: [.keyLookup, .rangeScan]
        case .qdrant, .milvus: [.vectorSimilarity]
        case .rabbitmq: [.queue, .pubSub]
        case .kinesis: [.eventStream, .queue, .pubSub]
        default: []
        }
    }

    /// Whether the existing stores, together, serve every pattern of the profile; `others`
    /// are the categories of running `other:` stores.
    static func existingServeAll(_ patterns: [AccessPattern], existing: Set<Technology>, others: Set<StoreCategory> = []) -> Bool {
        let served = existing.reduce(into: Set<AccessPattern>()) { $0.formUnion(patternsServed(by: $1)) }
            .union(others.flatMap(patternsServed(byCategory:)))
        return Set(patterns).isSubset(of: served)
    }

    /// The needs a technology meets by itself.
    static func needsOffered(by technology: Technology) -> Set<Need> {
        Set(Need.allCases.filter { providers(of: $0).contains(technology) })
    }

    /// The technologies that meet `need`.
    ///
    /// Encryption at rest is offered by every server or hosted store; only
    /// plain embedded engines without it (SQLite, DuckDB, IndexedDB) lack it.
    static func providers(of need: Need) -> Set<Technology> {
        switch need {
        case .branching: [.neon, .planetscale]
        case .auth, .realtime: [.supabase]
        case .globalDistribution: [.planetscale, .turso, .cloudflareD1, .cassandra, .cockroachdb, .dynamodb]
        case .nonBlockingSchemaChanges: [.planetscale]
        case .scaleToZero: [.neon]
        case .encryptionAtRest: Set(Technology.allCases).subtracting([.sqlite, .duckdb, .indexeddb])
        case .replay: [.kafka, .pulsar, .kinesis]
        case .exactlyOnce: [.kafka]
        case .sql: sqlEngines
        case .knowledgeGraph: [.neo4j, .neptune, .weaviate]
        case .embeddedReplicas: [.libsql, .turso]
        case .parquet: [.duckdb, .bigquery]
        case .downsampling: [.influxdb, .timescaledb]
        case .ttl: [.redis, .valkey, .mongodb, .cassandra, .dynamodb, .memcached]
        }
    }

    /// Engines with a SQL interface.
    static let sqlEngines: Set<Technology> = TechnologyGroup.relational.members
        .union(TechnologyGroup.sqliteFamily.members)
        .union([.duckdb, .timescaledb, .pgvector, .bigquery])
        .union([.sqlserver, .oracle, .mariadb, .cockroachdb, .clickhouse, .snowflake, .redshift])
}
