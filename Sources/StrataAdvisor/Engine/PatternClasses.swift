import StrataProfile

/// The pattern classes that decide which ids may be ranked first
/// (RULES.md §0.4, step 3): capability patterns, then key-value patterns,
/// then documents; everything else is left to the Four V's.
enum PatternClasses {
    /// Ids built for the capability patterns present, or `nil` when there are none.
    ///
    /// Shallow graph queries (two hops or fewer) are ordinary joins, so
    /// relational ids count as serving them (SEL-GRA-03).
    static func capabilityServers(for profile: WorkloadProfile) -> Set<Technology>? {
        var servers: Set<Technology> = []
        var present = false
        func add(_ pattern: AccessPattern, _ group: Set<Technology>) {
            guard profile.has(pattern) else { return }
            present = true
            servers.formUnion(group)
        }
        add(.vectorSimilarity, TechnologyGroup.vector.members)
        add(.graphTraversal, TechnologyGroup.graph.members)
        if profile.has(.graphTraversal), let depth = profile.traversalDepth, depth <= 2 {
            servers.formUnion(TechnologyGroup.relational.members)
        }
        add(.fullText, [.elasticsearch])
        add(.timeSeries, TechnologyGroup.timeSeries.members)
        add(.eventStream, TechnologyGroup.eventStreaming.members)
        if profile.isAnalytical {
            present = true
            servers.formUnion(TechnologyGroup.analytical.members)
        }
        return present ? servers : nil
    }

    /// The key-value patterns present: cache, session, rate-limit and
    /// leaderboard always; geo, queue and pub-sub only for ephemeral data.
    static func keyValuePatterns(in profile: WorkloadProfile) -> Set<AccessPattern> {
        var patterns: Set<AccessPattern> = [.cache, .session, .rateLimit, .leaderboard]
        if profile.ephemeral == true { patterns.formUnion([.geo, .queue, .pubSub]) }
        return patterns.intersection(profile.accessPatterns)
    }

    /// Ids that may be first for the key-value class, or `nil` when absent.
    static func keyValueServers(for profile: WorkloadProfile) -> Set<Technology>? {
        keyValuePatterns(in: profile).isEmpty ? nil : TechnologyGroup.keyValue.members
    }

    /// Ids that may be first for the document class, or `nil` when absent.
    static func documentServers(for profile: WorkloadProfile) -> Set<Technology>? {
        profile.has(.document) ? TechnologyGroup.documentStores.members.union([.indexeddb]) : nil
    }
}
