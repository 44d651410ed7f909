import StrataProfile

extension RuleCatalogue {
    /// Strata's rules for advice on a recorded workload: what already runs
    /// and what the measurements say about it.
    static let runningSystemRules: [Rule] = [
        Rule(
            "STRATA-SCALE-03", .strataAdditions,
            summary: "Scaling steps already in place on the serving stores are named with their measured effect and not advised again.",
            explanation: """
                A review that tells a team to add the replicas it already runs has not looked. The \\
                recorded topology says which steps of the progression are taken; the measurements \\
                say what they achieved, first figure against latest, so the next advice starts from \\
                there.
                """, phase: .annotation
        ) { input in
            let facts = input.facts
            guard let topology = facts.topology, !topology.stepsTaken.isEmpty else { return [] }
            let taken = topology.stepsTaken.map { describe($0, topology) }.joined(separator: ", ")
            let moved = facts.trends.filter { $0.first != $0.latest }
            let effect = moved.isEmpty ? "" : " Measured meanwhile: \(moved.map(\.summary).joined(separator: "; "))."
            return [.reasonOnTop("Already in place on the stores serving it: \(taken); not advised again.\(effect)")]
        },
        Rule(
            "STRATA-LOAD-01", .strataAdditions,
            summary: "Observed load at least three times above or below the declared profile: flag it with both figures.",
            explanation: """
                Advice is only as good as the figures it weighs. When the running system measures a \
                read or write rate, a size or a vector count far from what the profile declares, the \
                ranking rests on the wrong numbers, and the profile should be revised to the measured \
                ones before acting on it.
                """, phase: .annotation
        ) { input in
            let profile = input.profile
            let declared: [(String, Double?)] = [
                ("reads-per-second", profile.readsPerSecond), ("writes-per-second", profile.writesPerSecond),
                ("storage-gb", profile.dataSizeGB), ("vector-count", profile.vectorCount.map(Double.init)),
            ]
            return declared.compactMap { metric, value -> RuleEffect? in
                guard let value, value > 0, let observed = input.facts.trends.first(where: { $0.metric == metric })?.latest,
                      observed >= Thresholds.loadDriftFactor * value || observed * Thresholds.loadDriftFactor <= value
                else { return nil }
                return .cautionOnTop("Measured \(metric) \(MeasuredBottleneck.format(observed)) against \(MeasuredBottleneck.format(value)) declared in the profile; revise the workload to the measured figure before acting on this advice.")
            }
        },
        Rule(
            "STRATA-FIT-03", .strataAdditions,
            summary: "A workload fits its store when that store is the advisor's top choice or scores within 0.10 of it; a cache is never the fit.",
            explanation: """
                Being somewhere in a list of three says little: a store that scores far below the \\
                top choice does not fit. A cache in front of a store is a scaling step for the \\
                store behind it, so the fit is judged on the stores that hold the data.
                """, scope: .review
        ) { _ in [] },
    ]

    /// How far below the top score a serving store may be and still fit (STRATA-FIT-03).
    public static let fitMargin = 0.10

    private static func describe(_ step: ScalingStep, _ topology: StoreTopology) -> String {
        switch step {
        case .vertical: "a scaled-up node"
        case .readReplicas: topology.readReplicas == 1 ? "1 read replica" : "\(topology.readReplicas) read replicas"
        case .cache: "a cache in front"
        case .cqrs: "CQRS read models"
        case .sharding: "sharding"
        }
    }
}
