/// The numbers behind the guide's vague words ("many writers", "near the
/// cap"), fixed once so rules, the review and tests agree.
///
/// Where the guide gives no number, these are the catalogue's readings
/// (RULES.md §0.1 and §6); they are tunable here and nowhere else.
enum Thresholds {
    /// More concurrent writers than this is "high write concurrency" for SQLite.
    static let manyConcurrentWriters = 10
    /// Records this large (MB) leave no room under MongoDB's 16 MB cap.
    static let nearDocumentCapMB = 8.0
    /// Below this volume (GB) data is in the megabyte band.
    static let megabyteBandGB = 1.0
    /// Above this volume (GB) data is beyond a terabyte; also SQLite's comfort limit.
    static let terabyteGB = 1_000.0
    /// Below this write rate (per second) any relational engine copes.
    static let lowVelocity = 1_000.0
    /// Above this write rate (per second) partitioned log-structured stores are needed.
    static let highVelocity = 100_000.0
    /// Reads at least this multiple of writes make a workload read-skewed.
    static let readSkewFactor = 10.0
    /// Vector counts above this strain pgvector's index build and memory.
    static let pgvectorComfortVectors = 10_000_000
    /// Vector counts above this are beyond pgvector's practical range.
    static let pgvectorMaxVectors = 100_000_000
    /// Small collections (≤) that Chroma handles as a quick prototype store.
    static let chromaPrototypeVectors = 1_000_000
    /// Peak reads per second of a small site (~100K hits/day at 4× peak).
    static let smallSiteReads = 5.0
    /// A p99 target at or below this (ms) needs an in-memory store.
    static let subMillisecondMs = 1.0
    /// A p99 target at or below this (ms) calls for a cache tier.
    static let cacheLatencyMs = 5.0
    /// Read rates (per second) that call for replicas, a cache and CQRS.
    static let replicaReads = 5_000.0
    static let cacheReads = 10_000.0
    static let cqrsReads = 50_000.0
    /// Reads per second on a key-value pattern that justify a dedicated store.
    static let hotKeyValueReads = 10_000.0
    /// Writers or reads per second that call for a connection pooler.
    static let poolWriters = 100
    static let poolReads = 1_000.0
    /// Tenant counts at which database-per-tenant is the likely model.
    static let manyTenants = 1_000
    /// Client storage comfort limits (GB) for local-first apps.
    static let browserStorageGB = 1.0
    static let mobileStorageGB = 10.0
    /// Embedding sizes common enough not to question.
    static let commonDimensions: Set<Int> = [384, 768, 1536]

    /// How far a measured figure may stray from the declared one before
    /// STRATA-LOAD-01 flags it (a factor either way).
    static let loadDriftFactor = 3.0
}
