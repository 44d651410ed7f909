/// A named set of technologies that rules talk about as one.
///
/// Rules say "the SQLite family" or "managed offerings" rather than listing
/// ids, so the membership lives here, once. Groups overlap on purpose: for
/// example `turso` is in the SQLite family, is embeddable (through an
/// embedded replica), is edge-capable and is service-only.
public enum TechnologyGroup: String, CaseIterable, Sendable {
    case sqliteFamily
    case postgresFamily
    case mysqlFamily
    case relational
    case documentStores
    case keyValue
    case vector
    case timeSeries
    case eventStreaming
    case graph
    case analytical
    /// Runs inside the application process or on the device.
    case embeddable
    /// Can serve requests from edge locations.
    case edgeCapable
    /// Only available as a hosted service; there is nothing to self-host.
    case serviceOnly
    /// Offered as a managed service: the service-only ids plus Supabase.
    case managedOfferings

    /// The technologies in this group.
    public var members: Set<Technology> {
        switch self {
        case .sqliteFamily: [.sqlite, .libsql, .turso, .cloudflareD1]
        case .postgresFamily: [.postgresql, .pgvector, .timescaledb, .neon, .supabase]
        case .mysqlFamily: [.mysql, .planetscale]
        case .relational: [.postgresql, .mysql, .neon, .supabase, .planetscale]
        case .documentStores: [.mongodb, .couchdb, .firestore]
        case .keyValue: [.redis, .valkey]
        case .vector: [.pinecone, .weaviate, .chroma, .pgvector]
        case .timeSeries: [.influxdb, .timescaledb]
        case .eventStreaming: [.kafka, .pulsar]
        case .graph: [.neo4j, .neptune]
        case .analytical: [.duckdb, .bigquery]
        case .embeddable: [.sqlite, .libsql, .turso, .duckdb, .indexeddb]
        case .edgeCapable: [.turso, .cloudflareD1, .duckdb, .redis, .valkey]
        case .serviceOnly:
            [.pinecone, .bigquery, .firestore, .cloudflareD1, .neptune, .neon, .planetscale, .turso]
        case .managedOfferings: TechnologyGroup.serviceOnly.members.union([.supabase])
        }
    }

    /// The members sorted by id, for deterministic iteration.
    public var sortedMembers: [Technology] {
        members.sorted()
    }
}
