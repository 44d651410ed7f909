import StrataProfile

/// Short names for the technology sets rules use most, so rule code reads
/// like the catalogue ("document stores ↑↑") rather than like plumbing.
enum Stores {
    static let relational = TechnologyGroup.relational.members
    static let document = TechnologyGroup.documentStores.members
    static let keyValue = TechnologyGroup.keyValue.members
    static let vector = TechnologyGroup.vector.members
    static let timeSeries = TechnologyGroup.timeSeries.members
    static let streaming = TechnologyGroup.eventStreaming.members
    static let graph = TechnologyGroup.graph.members
    static let analytical = TechnologyGroup.analytical.members
    static let sqliteFamily = TechnologyGroup.sqliteFamily.members
    static let postgresFamily = TechnologyGroup.postgresFamily.members
    static let embeddable = TechnologyGroup.embeddable.members
    static let managed = TechnologyGroup.managedOfferings.members
    static let serviceOnly = TechnologyGroup.serviceOnly.members
    /// Every id the advice may name: the profile schema's (catalogue
    /// additions are read by category, never recommended).
    static let all = Set(Technology.schemaCases)

    /// Hosted services that cannot run on a device at all.
    static let networkOnly: Set<Technology> = [
        .pinecone, .bigquery, .firestore, .neon, .supabase, .planetscale, .cloudflareD1, .neptune,
    ]

    /// Server engines a team would have to run itself (they have a
    /// self-hosted form and are not embedded libraries).
    static let selfManagedServers: Set<Technology> = all
        .subtracting(managed)
        .subtracting([.sqlite, .libsql, .duckdb, .indexeddb])

    /// Libraries that run inside the application: nothing to host or operate.
    static let inProcess: Set<Technology> = [.sqlite, .libsql, .duckdb, .indexeddb]

    /// Stores whose single node is the unit of scale: the progression applies to them.
    static let singleNodeCategories: Set<StoreCategory> = [.relational, .document, .keyValue, .timeSeries, .graph]
}
