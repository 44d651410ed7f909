/// A problem the advisor or the audit raises, with a stable spelling.
///
/// Scripts and CI gate on these codes, so the raw values are fixed by the
/// advice contract. The first six can come from a single profile; the last
/// two need recorded decisions and evidence and come only from the
/// architecture review (``ArchitectureReview``).
public enum WarningCode: String, CaseIterable, Codable, Sendable, Comparable {
    case sqliteWriteConcurrency = "sqlite-write-concurrency"
    case sqliteNetworkFilesystem = "sqlite-network-filesystem"
    case sqliteDatasetSize = "sqlite-dataset-size"
    case documentSizeLimit = "document-size-limit"
    case pgvectorScale = "pgvector-scale"
    case prematureSharding = "premature-sharding"
    case prematurePolyglot = "premature-polyglot"
    case unmeasuredJustification = "unmeasured-justification"

    /// Orders codes by spelling, for stable listings.
    public static func < (lhs: WarningCode, rhs: WarningCode) -> Bool {
        lhs.rawValue < rhs.rawValue
    }
}
