import StrataProfile

extension RuleCatalogue {
    /// Section 9: working patterns.
    static let workingRules: [Rule] = [
        Rule(
            "WORK-01", .workingPatterns,
            summary: "For each field the ranking would read but the profile omits, state the assumption made.",
            explanation: """
                Before answering, an expert would ask how reads compare with writes, how the data is \
                queried, how consistent it must be, how big it gets and what the team knows. The advisor \
                answers without asking and lists what it took for granted instead; nothing taken for \
                granted triggers a rule.
                """, phase: .annotation
        ) { input in
            Assumptions.stated(input.facts, ranking: input.ranking).map(RuleEffect.assumption)
        },
        Rule(
            "WORK-02", .workingPatterns,
            summary: "A technology the team knows (and that serves the workload) gains; it breaks ties after existing stores.",
            explanation: "Skills the team already has lower the operational risk of running a store."
        ) { input in
            let known = input.facts.expertise.filter(input.facts.servesAnyPattern)
            return known.sorted().map { .gain([$0], "The team already knows \($0.displayName), which lowers operational risk.") }
        },
        Rule(
            "WORK-03", .workingPatterns,
            summary: "Managed → managed offerings gain; self-hosted → service-only ids kept out of the top three; low budget → Pinecone loses.",
            explanation: """
                Managed services cut the operational burden, within what the team allows: a \
                self-hosted mandate rules out products that exist only as services, and a low budget \
                weighs against premium-priced ones.
                """
        ) { input in
            var effects: [RuleEffect] = []
            switch input.profile.operations {
            case .managed: effects.append(.boost(Stores.managed, "Offered as a managed service, as the team prefers."))
            case .selfHosted:
                effects.append(.outOfTopThree(Stores.serviceOnly))
                effects.append(.caution(Stores.serviceOnly, "Exists only as a hosted service, but the team must self-host."))
            case .either, nil: break
            }
            switch input.profile.budget {
            case .low: effects.append(.loss([.pinecone], "Premium pricing strains a low budget."))
            case .premium: effects.append(.reason([.pinecone], "A premium budget absorbs Pinecone's pricing."))
            case .standard, nil: break
            }
            return effects
        },
    ]
}
