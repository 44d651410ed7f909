/// A database technology the advisor can recommend or find in an architecture.
///
/// The first cases are the ids of `$defs.technology` in `workload.schema.json`
/// (``schemaCases``): they appear in profiles (`existingStores`,
/// `teamExpertise`) and in advice JSON. The cases after `indexeddb` widen the
/// catalogue for recorded architectures (stores adopted): the advisor reads
/// them by category but never recommends them, since advice must name schema
/// ids. Raw values appear in stored events, so none is ever renamed.
/// Comparable by id so that every listing is deterministic.
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
    // Catalogue additions: recordable, never recommended.
    case clickhouse
    case snowflake
    case redshift
    case dynamodb
    case opensearch
    case sqlserver
    case oracle
    case mariadb
    case cockroachdb
    case scylladb
    case qdrant
    case milvus
    case memcached
    case rabbitmq
    case kinesis
    case s3

    /// The ids of `$defs.technology` in `workload.schema.json`, in its order:
    /// the only ones a profile may name and the advice may recommend.
    public static let schemaCases: [Technology] = Array(allCases.prefix { $0 != .clickhouse })

    /// Whether this id is one of the profile schema's.
    public var isInSchema: Bool {
        Self.schemaIDs.contains(self)
    }

    private static let schemaIDs = Set(schemaCases)

    /// Orders technologies by id, the final tie-break everywhere.
    public static func < (lhs: Technology, rhs: Technology) -> Bool {
        lhs.rawValue < rhs.rawValue
    }

    /// Whether this technology belongs to `group`.
    public func isMember(of group: TechnologyGroup) -> Bool {
        group.members.contains(self)
    }
}
