extension Technology {
    /// The category this technology reports in advice output.
    ///
    /// Fixed once so that the same id always lands in the same bucket: the
    /// SQLite family and IndexedDB report `embedded` (they run inside the
    /// application), DuckDB and BigQuery `analytical`, and the Postgres
    /// extensions report what they add (`vector`, `time-series`) rather than
    /// `relational`. Catalogue additions report the category they are used
    /// as: S3 as the analytical data lake, RabbitMQ and Kinesis as streams.
    public var category: StoreCategory {
        switch self {
        case .postgresql, .mysql, .neon, .supabase, .planetscale: .relational
        case .sqlite, .libsql, .turso, .cloudflareD1, .indexeddb: .embedded
        case .duckdb, .bigquery: .analytical
        case .mongodb, .couchdb, .firestore: .document
        case .redis, .valkey: .keyValue
        case .pinecone, .weaviate, .chroma, .pgvector: .vector
        case .influxdb, .timescaledb: .timeSeries
        case .kafka, .pulsar: .eventStreaming
        case .neo4j, .neptune: .graph
        case .elasticsearch, .opensearch: .search
        case .cassandra, .scylladb: .wideColumn
        case .clickhouse, .snowflake, .redshift, .s3: .analytical
        case .dynamodb, .memcached: .keyValue
        case .sqlserver, .oracle, .mariadb, .cockroachdb: .relational
        case .qdrant, .milvus: .vector
        case .rabbitmq, .kinesis: .eventStreaming
        }
    }

    /// A human name for prose ("PostgreSQL", "Cloudflare D1").
    public var displayName: String {
        switch self {
        case .postgresql: "PostgreSQL"
        case .mysql: "MySQL"
        case .sqlite: "SQLite"
        case .libsql: "libSQL"
        case .turso: "Turso"
        case .cloudflareD1: "Cloudflare D1"
        case .duckdb: "DuckDB"
        case .mongodb: "MongoDB"
        case .couchdb: "CouchDB"
        case .firestore: "Firestore"
        case .redis: "Redis"
        case .valkey: "Valkey"
        case .pinecone: "Pinecone"
        case .weaviate: "Weaviate"
        case .chroma: "Chroma"
        case .pgvector: "pgvector"
        case .influxdb: "InfluxDB"
        case .timescaledb: "TimescaleDB"
        case .kafka: "Kafka"
        case .pulsar: "Pulsar"
        case .neo4j: "Neo4j"
        case .neptune: "Neptune"
        case .elasticsearch: "Elasticsearch"
        case .cassandra: "Cassandra"
        case .bigquery: "BigQuery"
        case .neon: "Neon"
        case .supabase: "Supabase"
        case .planetscale: "PlanetScale"
        case .indexeddb: "IndexedDB"
        case .clickhouse: "ClickHouse"
        case .snowflake: "Snowflake"
        case .redshift: "Redshift"
        case .dynamodb: "DynamoDB"
        case .opensearch: "OpenSearch"
        case .sqlserver: "SQL Server"
        case .oracle: "Oracle Database"
        case .mariadb: "MariaDB"
        case .cockroachdb: "CockroachDB"
        case .scylladb: "ScyllaDB"
        case .qdrant: "Qdrant"
        case .milvus: "Milvus"
        case .memcached: "Memcached"
        case .rabbitmq: "RabbitMQ"
        case .kinesis: "Kinesis"
        case .s3: "Amazon S3"
        }
    }
}
