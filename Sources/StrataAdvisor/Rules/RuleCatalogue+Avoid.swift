import StrataProfile

extension RuleCatalogue {
    /// Section 10: what to avoid.
    static let avoidRules: [Rule] = [
        Rule(
            "AVOID-01", .avoid,
            summary: "No access patterns: refuse to recommend.",
            explanation: """
                A database cannot be chosen without knowing how its data is read and written. The \
                profile parser rejects such a profile; the advisor returns no recommendation for one \
                built in code.
                """
        ) { input in
            guard input.profile.accessPatterns.isEmpty else { return [] }
            return [.assumption("No access patterns given: nothing can be recommended until the workload says how it reads and writes.")]
        },
        Rule(
            "AVOID-02", .avoid,
            summary: "Sharding chosen before scaling up, replicas, a cache and CQRS were tried: premature-sharding (review only).",
            explanation: """
                Replication and caching fix most scaling problems, whereas sharding brings complexity \
                that is hard to undo. A single profile cannot show which steps a team already took, so \
                the review checks the recorded scaling history.
                """, scope: .review
        ) { _ in [] },
        Rule(
            "AVOID-03", .avoid,
            summary: "A justification claims a bottleneck or gain without citing a measurement: warn unmeasured-justification (review only).",
            explanation: """
                A new store must rest on a need that was measured, not guessed. For single profiles \
                ADD-02 plays this role; with recorded evidence the review checks every justification.
                """, scope: .review
        ) { _ in [] },
        Rule(
            "AVOID-04", .avoid,
            summary: "Only technologies some rule argued for are listed; popularity earns nothing.",
            explanation: """
                Fit decides, not fashion. The list holds only technologies a rule put forward for this \
                workload; weighing rules (the Four V's, budget, operations) can reorder it but never \
                extend it.
                """, scope: .engine
        ) { _ in [] },
        Rule(
            "AVOID-05", .avoid,
            summary: "Stores already run: caution on every recommendation that would add a new one (a replacement adds none).",
            explanation: """
                Each added database needs its own monitoring, backups and know-how, and fails in its own \
                ways. Extensions of a Postgres already running do not count.
                """, phase: .annotation
        ) { input in
            let facts = input.facts
            guard facts.anythingRuns, let order = input.ranking?.order else { return [] }
            let replacing = Replacement.replaced(input).isEmpty ? [] : order.prefix(1)
            let added = Set(order.filter { !facts.isExistingOrExtension($0) && !replacing.contains($0) })
            guard !added.isEmpty else { return [] }
            return [.caution(added, "One more database to monitor, back up, learn and debug when it fails.")]
        },
    ]
}
