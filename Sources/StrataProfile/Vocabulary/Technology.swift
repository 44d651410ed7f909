/// A database technology the advisor can recommend or find in an architecture.
///
/// The raw values are the ids of `$defs.technology` in `workload.schema.json`;
/// they appear in profiles (`existingStores`, `teamExpertise`), in stored
/// events and in advice JSON, so they must never be renamed. Comparable by id
/// so that every listing and tie-break is deterministic.
public enum Technology: String, CaseIterable, Codable, Sendable, Comparable {
    case postgresql
    case mysql
    case sqlite
    case libsql
    case turso
    case cloudflareD1 = "cloudflare-d1"
    case duckdb
    case mongodb
    case couchdb
    case firestore
    case redis
    case valkey
    case pinecone
    case weaviate
    case chroma
    case pgvector
    case influxdb
    case timescaledb
    case kafka
    case pulsar
    case neo4j
    case neptune
    case elasticsearch
    case cassandra
    case bigquery
    case neon
    case supabase
    case planetscale
    case indexeddb

    /// Orders technologies by id, the final tie-break everywhere.
    public static func < (lhs: Technology, rhs: Technology) -> Bool {
        lhs.rawValue < rhs.rawValue
    }

    /// Whether this technology belongs to `group`.
    public func isMember(of group: TechnologyGroup) -> Bool {
        group.members.contains(self)
    }
}
