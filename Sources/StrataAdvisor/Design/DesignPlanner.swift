import StrataProfile

/// Grows the top recommendation into a design (``Design``): each part is a
/// pure function of the profile, what runs and the final ranking, so the
/// same inputs give the same design, and each sentence cites its rule.
enum DesignPlanner {
    static let schemaRule = "STRATA-DESIGN-01"
    static let migrationRule = "STRATA-DESIGN-02"
    static let operationsRule = "STRATA-DESIGN-03"
    static let sizingRule = "STRATA-DESIGN-04"

    static func design(_ facts: ProfileFacts, _ ranking: Ranking) -> Design? {
        guard let top = ranking.top else { return nil }
        return Design(
            schema: schemaSketch(top, facts).map { RuleNote(rule: schemaRule, text: $0) },
            migration: migration(top, facts, ranking),
            operations: operations(top, facts).map { RuleNote(rule: operationsRule, text: $0) },
            sizing: sizing(top, facts))
    }

    /// STRATA-DESIGN-02: when the top choice is not what runs, how the
    /// workload gets there without a big-bang switch.
    static func migration(_ top: Technology, _ facts: ProfileFacts, _ ranking: Ranking) -> [RuleNote] {
        guard !facts.isExistingOrExtension(top) else { return [] }
        let sources = facts.existing.filter { $0.isInSchema ? facts.servesAnyPattern($0) : !PatternCoverage.patternsServed(by: $0).isDisjoint(with: facts.profile.accessPatterns) }
            .sorted()
        guard !sources.isEmpty else { return [] }
        let old = sources.map(\.displayName).joined(separator: " and ")
        let new = top.displayName
        let replacing = sources.contains { ranking.blocked.contains($0) }
        var steps = [
            "Capture every change on \(old) (change-data capture, or dual writes from the application behind a flag) and apply it to \(new).",
            "Backfill the history into \(new) in batches while changes keep flowing; make the copy idempotent so a batch can be rerun.",
            "Verify before switching: row or document counts, checksums per key range, and shadow reads comparing both answers.",
            "Cut over reads first, then writes, with the old path kept ready for a quick rollback.",
        ]
        steps.append(replacing
            ? "Retire \(old) for this workload once nothing reads it: stop the capture, archive a final backup, remove it."
            : "Keep \(old) as the system of record; \(new) stays a derived copy fed by the capture, rebuildable from it.")
        return steps.map { RuleNote(rule: migrationRule, text: $0) }
    }
}
