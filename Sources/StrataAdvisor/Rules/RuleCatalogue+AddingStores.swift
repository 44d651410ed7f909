import StrataProfile

extension RuleCatalogue {
    /// Section 3.2: when to add another database.
    static let addingStoreRules: [Rule] = [
        Rule(
            "ADD-01", .addingDatabases,
            summary: "Start simple: with no stores yet and plain patterns, PostgreSQL first; otherwise favour existing stores that serve every pattern.",
            explanation: """
                Begin with one general-purpose database, usually PostgreSQL, and add specialised ones \
                only when something requires them. When stores already run, each one that covers the \
                whole workload is the cheapest choice.
                """
        ) { input in
            let facts = input.facts
            if !facts.anythingRuns {
                guard isBaseline(facts) else { return [] }
                var effects: [RuleEffect] = [
                    .gain([.postgresql], "Start simple: one general-purpose database covers these patterns."),
                    .assumption("Start simple: one general-purpose database until a measured need justifies another."),
                ]
                if !smallSiteFitsSQLite(facts) { effects.append(.first([.postgresql], priority: .baseline)) }
                return effects
            }
            let covering = facts.existing.filter {
                PatternCoverage.patternsServed(by: $0).isSuperset(of: facts.profile.accessPatterns)
            }
            return covering.sorted().map { .gain([$0], "Already runs here and serves every access pattern of this workload.") }
                + otherCoverNote(facts)
        },
        Rule(
            "ADD-02", .addingDatabases,
            summary: "Existing stores serve every pattern and nothing justifies a new one: warn premature-polyglot and keep the existing store first.",
            explanation: """
                Another database without a measured need or a specific capability only adds \
                complexity. The existing store that already serves the workload stays first; the \
                would-be addition stays listed with a caution.
                """, phase: .override
        ) { input in
            let facts = input.facts
            guard facts.anythingRuns, let top = input.ranking?.top, !facts.isExistingOrExtension(top),
                  PatternCoverage.existingServeAll(facts.profile.accessPatterns, existing: facts.existing, others: facts.otherCategories),
                  PolyglotTriggers.holding(facts).isEmpty, PatternClasses.asksForAnotherKind(facts)
            else { return [] }
            guard let keeper = bestExisting(input) else { return otherKeeperWarning(top, facts) }
            return [
                .warning(.prematurePolyglot, "\(top.displayName) would be another database, but \(keeper.displayName) already serves every access pattern and no measured need or missing capability justifies the addition."),
                .promote(keeper),
                .reason([keeper], "Already runs and serves this workload; no measured need justifies another store."),
                .caution([top], "Premature here: add it only once a measured bottleneck or a missing capability calls for it."),
            ]
        },
        Rule(
            "ADD-03", .addingDatabases,
            summary: "A new store is justified by a pattern, band figure, placement, need or measurement the existing stores cannot meet.",
            explanation: """
                A measured bottleneck, a different access pattern or a specific capability is what \
                justifies another database. Band figures stand in for measurements unless the \
                profile says they are estimates.
                """, phase: .annotation
        ) { input in
            let facts = input.facts
            guard facts.anythingRuns, let top = input.ranking?.top, !facts.isExistingOrExtension(top) else { return [] }
            let triggers = PolyglotTriggers.holding(facts)
            guard !triggers.isEmpty else { return [] }
            return [.reason([top], "Adding it is justified: \(triggers.joined(separator: "; ")).")]
        },
        Rule(
            "ADD-04", .addingDatabases,
            summary: "A bounded context is named: it owns its store and integrates through events.",
            explanation: """
                Domain boundaries reach down to the data: each context owns its store, shares it with \
                no other context and exchanges data through events. The audit flags a store shared \
                across contexts.
                """, phase: .annotation
        ) { input in
            guard let context = input.profile.context else { return [] }
            return [.reasonOnTop("The \(context) context owns this store; share it with no other context and integrate through events.")]
        },
    ]

    /// ADD-01's baseline condition.
    static func isBaseline(_ facts: ProfileFacts) -> Bool {
        let profile = facts.profile
        let plain: Set<AccessPattern> = [.keyLookup, .relational, .rangeScan, .aggregation]
        return !facts.anythingRuns && Set(profile.accessPatterns).isSubset(of: plain)
            && !profile.isAnalytical && facts.isServerOrUnstated && !profile.isBeyondTerabyte
            && (profile.writesPerSecond ?? 0) <= Thresholds.highVelocity
    }

    /// The existing store ADD-02 keeps first: the one serving the most patterns,
    /// then the one ranked higher, then by id.
    static func bestExisting(_ input: RuleInput) -> Technology? {
        let patterns = Set(input.profile.accessPatterns)
        let order = input.ranking?.order ?? []
        func key(_ id: Technology) -> (Int, Int) {
            (-PatternCoverage.patternsServed(by: id).intersection(patterns).count, order.firstIndex(of: id) ?? Int.max)
        }
        return input.facts.existing.filter(\.isInSchema).sorted { key($0) != key($1) ? key($0) < key($1) : $0 < $1 }.first
    }

    /// The running `other:` stores whose category alone covers every pattern (they are never
    /// recommended, being outside the catalogue, so they are named as an assumption).
    static func otherCovering(_ facts: ProfileFacts) -> [StoreTechnology] {
        facts.others.filter { PatternCoverage.patternsServed(byCategory: $0.category).isSuperset(of: facts.profile.accessPatterns) }
    }

    /// ADD-01 for `other:` stores: what runs outside the catalogue and already covers the workload.
    static func otherCoverNote(_ facts: ProfileFacts) -> [RuleEffect] {
        otherCovering(facts).map {
            .assumption("\($0.displayName) (\($0.category.rawValue), outside the catalogue) already runs here and, as a \($0.category.rawValue) store, serves every access pattern of this workload.")
        }
    }

    /// ADD-02 when only an `other:` store covers the workload: warn and caution, with nothing to
    /// promote, since the advice names catalogue technologies only.
    static func otherKeeperWarning(_ top: Technology, _ facts: ProfileFacts) -> [RuleEffect] {
        guard let keeper = otherCovering(facts).first else { return [] }
        return [
            .warning(.prematurePolyglot, "\(top.displayName) would be another database, but \(keeper.displayName) (\(keeper.category.rawValue)) already serves every access pattern and no measured need or missing capability justifies the addition."),
            .caution([top], "Premature here: add it only once a measured bottleneck or a missing capability calls for it."),
        ]
    }
}
