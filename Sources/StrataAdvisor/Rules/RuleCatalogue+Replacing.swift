import StrataProfile

extension RuleCatalogue {
    /// Strata's rules for keeping or replacing what already runs, judged
    /// against the profile and the architecture rather than the draft ranking.
    static let replacingRules: [Rule] = [
        Rule(
            "STRATA-ADD-05", .strataAdditions,
            summary: "A running store serves every pattern and the workload asks for no other kind of store: it stays first, without a premature-polyglot warning.",
            explanation: """
                The premature-polyglot warning is about a store the workload would add. When the \
                profile's patterns call for nothing the running stores are not, a sibling that merely \
                scores higher in the draft (Turso beside a running D1) is the advisor's idea, not the \
                workload's: the running store is kept first and nothing is warned about.
                """, phase: .override
        ) { input in
            let facts = input.facts
            guard !facts.existing.isEmpty, let ranking = input.ranking, let top = ranking.top,
                  !facts.isExistingOrExtension(top),
                  PatternCoverage.existingServeAll(facts.profile.accessPatterns, existing: facts.existing, others: facts.otherCategories),
                  PolyglotTriggers.holding(facts).isEmpty, !PatternClasses.asksForAnotherKind(facts),
                  let keeper = bestExisting(input), !ranking.blocked.contains(keeper)
            else { return [] }
            return [
                .promote(keeper),
                .reason([keeper], "Already runs and serves every access pattern; \(top.displayName) fits no better in any way this workload asks for."),
            ]
        },
        Rule(
            "STRATA-MIG-01", .strataAdditions,
            summary: "The top choice replaces a running store that a limit bars: a migrate-then-retire plan, not one more database.",
            explanation: """
                When the store a workload runs on hits a limit it cannot be tuned past, the answer is \
                to move the workload, not to run a second database next to the first. The move copies \
                the data, keeps both stores in step while the new one catches up, switches reads and \
                then writes, and ends by retiring the old store.
                """, phase: .annotation
        ) { input in
            let replaced = Replacement.replaced(input)
            guard let top = input.ranking?.top, !replaced.isEmpty else { return [] }
            let old = replaced.map(\.displayName).joined(separator: " and ")
            return [.reason([top], "Replaces \(old) for this workload rather than running beside it: backfill \(top.displayName) from \(old), keep the two in step with dual writes or change-data capture until it has caught up, move reads and then writes over, and retire \(old) once nothing reads it.")]
        },
    ]
}
