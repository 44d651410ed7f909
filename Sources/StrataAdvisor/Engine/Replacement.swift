import StrataProfile

/// When the top choice takes over from a store already running instead of
/// joining it (STRATA-MIG-01).
///
/// A running store that serves the workload but is barred from position 1
/// by a limit of its own (SQLite under many writers or on a network share,
/// a service the team may not run) is not kept beside the new one: the
/// workload moves, and the old store is retired once nothing reads it.
enum Replacement {
    /// The running stores the top choice replaces for this workload, sorted.
    static func replaced(_ input: RuleInput) -> [Technology] {
        let facts = input.facts
        guard let ranking = input.ranking, let top = ranking.top, !facts.isExistingOrExtension(top) else { return [] }
        return facts.existing.filter { ranking.blocked.contains($0) && facts.servesAnyPattern($0) }.sorted()
    }
}

extension PatternClasses {
    /// Whether the profile itself asks for a kind of store none of those
    /// running is: a capability, key-value or document pattern whose native
    /// servers include no running store or extension of one (a catalogue
    /// addition counts by its category: a running ClickHouse is an
    /// analytical store). Only then can
    /// an addition be premature polyglot; a draft that merely scores a
    /// sibling higher is not something the workload asked for.
    static func asksForAnotherKind(_ facts: ProfileFacts) -> Bool {
        let profile = facts.profile
        let classes = [capabilityServers(for: profile), keyValueServers(for: profile), documentServers(for: profile)]
        return classes.compactMap { $0 }.contains { servers in
            let kinds = Set(servers.map(\.category))
            let running = facts.existing.contains { !$0.isInSchema && kinds.contains($0.category) }
                || !facts.otherCategories.isDisjoint(with: kinds)
            return !running && !servers.contains(where: facts.isExistingOrExtension)
        }
    }
}
