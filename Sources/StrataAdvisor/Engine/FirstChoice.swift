import StrataProfile

/// Which listed ids may take position 1 (RULES.md §0.4, with STRATA-RANK-01).
///
/// Filters run in precedence order: blocked ids ("never first" and ✕) go
/// first; then what the workload needs, as pattern classes (capability, then
/// key-value, then document), each applied only when some listed id serves
/// it; only then where it is deployed (device or offline → embeddable, edge
/// → edge-capable, serverless → managed offerings), lifted when no placed id
/// is left. Need comes before placement because a store in the right place
/// that cannot do the job is no answer (STRATA-RANK-01): a serverless
/// event stream still needs a log, a serverless cache still needs a cache.
enum FirstChoice {
    /// The eligible ids, in list order.
    static func eligible(_ order: [Technology], blocked: Set<Technology>, facts: ProfileFacts) -> [Technology] {
        var pool = order.filter { !blocked.contains($0) }
        let profile = facts.profile
        let classes = [
            PatternClasses.capabilityServers(for: profile),
            PatternClasses.keyValueServers(for: profile),
            PatternClasses.documentServers(for: profile),
        ]
        if let serving = classes.compactMap({ $0 }).lazy
            .map({ servers in pool.filter { servers.contains($0) } })
            .first(where: { !$0.isEmpty }) {
            pool = serving
        }
        for placement in placements(facts) {
            let placed = pool.filter { placement.contains($0) || placedAlready($0, facts: facts) }
            if placed.contains(where: facts.servesAnyPattern) { pool = placed }
        }
        return pool
    }

    /// A store that already runs is already placed: the serverless functions
    /// reach it today. An extension counts as the Postgres it extends
    /// (POLY-04), so pgvector on a running Neon is as managed as Neon.
    private static func placedAlready(_ technology: Technology, facts: ProfileFacts) -> Bool {
        guard facts.profile.deployment == .serverless else { return false }
        if facts.existing.contains(technology) { return true }
        let managedPostgres = facts.existing.intersection(Stores.managed).intersection(Stores.postgresFamily)
        return !managedPostgres.isEmpty && facts.isExistingOrExtension(technology)
    }

    private static func placements(_ facts: ProfileFacts) -> [Set<Technology>] {
        var placements: [Set<Technology>] = []
        if facts.profile.offline == true || facts.isDeviceDeployment {
            placements.append(TechnologyGroup.embeddable.members)
        }
        switch facts.profile.deployment {
        case .edge: placements.append(TechnologyGroup.edgeCapable.members)
        case .serverless: placements.append(TechnologyGroup.managedOfferings.members)
        default: break
        }
        return placements
    }
}
