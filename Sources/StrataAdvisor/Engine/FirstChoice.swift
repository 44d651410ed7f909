import StrataProfile

/// Which listed ids may take position 1 (RULES.md §0.4, steps 1–3).
///
/// Filters run in precedence order: blocked ids ("never first" and ✕) go
/// first; then placement (device or offline → embeddable, edge →
/// edge-capable, serverless → managed offerings), lifted when no placed id
/// serves the access patterns; then the pattern classes (capability, then
/// key-value, then document), each applied only when some listed id serves it.
enum FirstChoice {
    /// The eligible ids, in list order.
    static func eligible(_ order: [Technology], blocked: Set<Technology>, facts: ProfileFacts) -> [Technology] {
        var pool = order.filter { !blocked.contains($0) }
        for placement in placements(facts) {
            let placed = pool.filter { placement.contains($0) }
            if placed.contains(where: facts.servesAnyPattern) { pool = placed }
        }
        let profile = facts.profile
        let classes = [
            PatternClasses.capabilityServers(for: profile),
            PatternClasses.keyValueServers(for: profile),
            PatternClasses.documentServers(for: profile),
        ]
        for servers in classes.compactMap({ $0 }) {
            let serving = pool.filter { servers.contains($0) }
            if !serving.isEmpty { return serving }
        }
        return pool
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
