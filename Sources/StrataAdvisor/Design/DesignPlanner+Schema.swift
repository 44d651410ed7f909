import StrataProfile

extension DesignPlanner {
    /// STRATA-DESIGN-01: a first schema for the top choice's category, named
    /// after the workload and shaped by its access patterns.
    static func schemaSketch(_ top: Technology, _ facts: ProfileFacts) -> [String] {
        let profile = facts.profile
        let name = identifier(profile.name)
        switch top.category {
        case .relational, .embedded: return relational(name, profile, top)
        case .document: return document(name, profile)
        case .keyValue: return keyValue(name, profile)
        case .vector: return vector(name, profile, top)
        case .timeSeries: return [
            "A \(name)_readings table keyed by (series_id, observed_at), partitioned by time (a TimescaleDB hypertable or an InfluxDB measurement with series_id as a tag).",
            "Query by series and time range; keep raw points for the retention window and roll older data up into hourly and daily aggregates.",
        ]
        case .eventStreaming: return [
            "A topic named for the domain fact, e.g. \(profile.context.map(identifier) ?? "domain").\(name), with one event type per fact and its schema in a registry.",
            "Key each event by the entity it is about, so one entity's events stay in one partition and in order; replicate each partition three times.",
        ]
        case .graph: return [
            "Nodes per entity type with a unique id property, indexed; relationships typed by verb and carrying only what the traversals filter on.",
            "Bound every traversal by depth\(profile.traversalDepth.map { " (here \($0) hops)" } ?? "") and start it from an indexed node.",
        ]
        case .search: return [
            "An index \(name) with analysed text fields for relevance and keyword fields for filters and facets; a version field for safe reindexing.",
            "Fed from the system of record by change-data capture; reindex into a new index behind an alias, then switch the alias.",
        ]
        case .analytical: return [
            "A fact table \(name)_facts partitioned by date, with dimension tables joined by surrogate keys; scan only the columns a query needs.",
            "Stage transformations raw → cleaned → business rules → aggregates, and materialise the rollups that dashboards reuse.",
        ]
        case .wideColumn: return [
            "A table per query: the partition key is what the lookup names (\(name)_id), the clustering column orders rows within it (time for range scans).",
            "Keep each partition bounded, bucketing by period when rows keep arriving for one key.",
        ]
        }
    }

    private static func relational(_ name: String, _ profile: WorkloadProfile, _ top: Technology) -> [String] {
        var lines = ["Table \(name) (id bigint primary key, the attributes as typed, non-null columns, created_at timestamptz); one table per entity, related by foreign keys."]
        if profile.has(.keyLookup) { lines.append("A unique index on each natural key the workload looks up by.") }
        if profile.has(.rangeScan) { lines.append("A B-tree index on (filter column, sort column) for each range scan, so ranges are read in index order.") }
        if profile.has(.document) { lines.append("Whole records that travel together fit a jsonb column beside the typed keys, with a GIN index if they are searched.") }
        if let relationships = profile.relationships {
            lines.append(relationships == .manyToMany
                ? "Many-to-many relationships through a join table with a composite primary key and an index on the reverse pair."
                : "One-to-\(relationships == .oneToFew ? "few" : "many") children in their own table with a foreign key and an index on it.")
        }
        if top.isMember(of: .sqliteFamily) { lines.append("In SQLite, declare STRICT tables and turn on foreign keys and WAL mode at connection time.") }
        return lines
    }

    private static func document(_ name: String, _ profile: WorkloadProfile) -> [String] {
        let children = profile.relationships == .manyToMany || profile.unboundedGrowth == true
            ? "reference children that are shared or keep growing by id, in their own collection"
            : "embed the bounded children that are read with the parent"
        return [
            "A collection \(name) with one document per record: { _id, the fields read together, schemaVersion }; \(children).",
            "An index on every field a query filters or sorts by; keep each document well below the 16 MB cap.",
        ]
    }

    private static func keyValue(_ name: String, _ profile: WorkloadProfile) -> [String] {
        var lines: [String] = []
        if profile.has(.session) { lines.append("session:{id} as a hash of the session's fields, with a TTL renewed on use.") }
        if profile.has(.cache) { lines.append("\(name):{id} as a string or hash holding the cached answer, with a TTL; cache misses as short-lived \"not found\" entries.") }
        if profile.has(.rateLimit) { lines.append("ratelimit:{client} as a sorted set of request times trimmed to the window.") }
        if profile.has(.leaderboard) { lines.append("leaderboard:{board} as a sorted set of member → score.") }
        if profile.has(.queue) { lines.append("\(name):queue as a stream read by a consumer group.") }
        if lines.isEmpty { lines.append("\(name):{id} keys with values as strings or hashes, and a TTL on everything that can expire.") }
        return lines
    }

    private static func vector(_ name: String, _ profile: WorkloadProfile, _ top: Technology) -> [String] {
        let dimensions = profile.vectorDimensions.map(String.init) ?? "N"
        let store = top == .pgvector
            ? "A table \(name) (id, embedding vector(\(dimensions)), the metadata columns filtered on) with an HNSW index on embedding."
            : "A collection \(name) of \(dimensions)-dimension vectors with the metadata fields queries filter on, under an approximate-nearest-neighbour index."
        return [store, "Record the embedding model and its version beside each vector, so a model change is a planned re-embedding."]
    }

    /// A lowercase identifier from a workload name: `checkout-sessions` → `checkout_sessions`.
    static func identifier(_ text: String) -> String {
        let mapped = text.lowercased().map { $0.isLetter || $0.isNumber ? $0 : "_" }
        return String(mapped).split(separator: "_").joined(separator: "_")
    }
}
