import StrataProfile

/// The derived quantities and hard limits of RULES.md §0.1, as properties of
/// a single profile.
///
/// Both the advisor's rules and the architecture review read these, so a
/// warning means the same thing whether it comes from `strata advise` or
/// from `strata audit`.
extension WorkloadProfile {
    /// V: the larger of today's and the projected volume, when either is known.
    var volumeGB: Double? {
        switch (dataSizeGB, projectedDataSizeGB) {
        case let (now?, later?): max(now, later)
        case let (now?, nil): now
        case let (nil, later?): later
        case (nil, nil): nil
        }
    }

    /// The profile says it is a prototype or an internal tool, the only
    /// stages where a prototyping store may lead (STRATA-STAGE-04).
    var isPrototypeStage: Bool {
        stage == .prototype || stage == .internalTool
    }

    /// Reads dominate writes by at least the skew factor (both known).
    var isReadSkewed: Bool {
        guard let reads = readsPerSecond, let writes = writesPerSecond else { return false }
        return reads >= Thresholds.readSkewFactor * writes
    }

    /// More concurrent writers than an embedded single-writer engine tolerates.
    var hasManyConcurrentWriters: Bool {
        (concurrentWriters ?? 0) > Thresholds.manyConcurrentWriters
    }

    /// The data files would sit on a network filesystem.
    var isOnNetworkFilesystem: Bool {
        networkFilesystem == true
    }

    /// More than about a terabyte: beyond one SQLite file and one node.
    var isBeyondTerabyte: Bool {
        (volumeGB ?? 0) > Thresholds.terabyteGB
    }

    /// The largest record leaves no room under the 16 MB document cap.
    var isNearDocumentCap: Bool {
        (maxRecordSizeMB ?? 0) >= Thresholds.nearDocumentCapMB
    }

    /// A record keeps accumulating children.
    var growsWithoutBound: Bool {
        unboundedGrowth == true
    }

    /// More vectors than pgvector can realistically serve.
    var isBeyondPgvectorScale: Bool {
        (vectorCount ?? 0) > Thresholds.pgvectorMaxVectors
    }

    /// Aggregation with nothing else except range scans.
    var isAnalytical: Bool {
        let patterns = Set(accessPatterns)
        return patterns.contains(.aggregation) && patterns.isSubset(of: [.aggregation, .rangeScan])
    }

    /// Whether `pattern` is among the access patterns.
    func has(_ pattern: AccessPattern) -> Bool {
        accessPatterns.contains(pattern)
    }

    /// Whether `need` is among the needs.
    func requires(_ need: Need) -> Bool {
        needs?.contains(need) ?? false
    }
}
