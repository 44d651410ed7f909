import StrataProfile

extension RuleCatalogue {
    /// Section 4: CQRS and event sourcing.
    static let cqrsRules: [Rule] = [
        Rule(
            "CQRS-01", .cqrs,
            summary: "Reads at least ten times writes: CQRS fits as scaling step S4; below 50,000 reads/s scaling up, replicas and a cache come first.",
            explanation: """
                Separate command and query models pay off when reads far outnumber writes and the two \
                sides must scale differently: the command side enforces invariants, denormalised \
                projections serve queries, and a broker, change-data capture or polling keeps them in \
                step.
                """, phase: .annotation
        ) { input in
            guard input.profile.isReadSkewed, let reads = input.profile.readsPerSecond else { return [] }
            var effects: [RuleEffect] = [cqrsFit(reads: reads, topology: input.facts.topology)]
            if input.profile.auditTrail == true {
                effects.append(.reasonOnTop("Combined with the audit trail, an event store feeding projections pays off most: a handful of write nodes and a query side that scales horizontally."))
            }
            return effects
        },
        Rule(
            "CQRS-02", .cqrs,
            summary: "Audit trail, replay or time travel: event sourcing; event streaming gains.",
            explanation: """
                Keeping every change as an immutable event and deriving state by replaying the events \
                yields a full audit trail, point-in-time views, replay for debugging and the option to \
                build new features over old history. In return events must be versioned because they are \
                never deleted, storage keeps growing, and rebuilding state can take many events.
                """
        ) { input in
            guard input.profile.auditTrail == true else { return [] }
            var effects: [RuleEffect] = [
                .gain(Stores.streaming, "Event sourcing: an append-only history of events is authoritative and state is derived by replaying it, which gives audit, point-in-time views and replay."),
                .caution(Stores.streaming, "Nothing is ever deleted, so version event schemas in a registry; expect storage to grow and state rebuilds to replay long histories."),
            ]
            if input.profile.retention == nil {
                effects.append(.assumption("retention not given: assumed infinite, since an audit trail keeps every event."))
            }
            return effects
        },
        Rule(
            "CQRS-03", .cqrs,
            summary: "Audit trail with time/size retention or strong consistency: settle the conflict explicitly.",
            explanation: """
                Deleting events by age or size destroys the history an audit depends on, and projections \
                lag behind the event store, so code that must see its own writes has to read from the \
                command side.
                """
        ) { input in
            let profile = input.profile
            guard profile.auditTrail == true else { return [] }
            var effects: [RuleEffect] = []
            if profile.retention == .time || profile.retention == .size {
                effects.append(.cautionOnTop("Retention by \(profile.retention?.rawValue ?? "") would delete history the audit trail needs; archive instead of deleting."))
            }
            if profile.consistency == .strong {
                effects.append(.cautionOnTop("Read models lag the event store; paths that must read their own writes should query the write model."))
            }
            return effects
        },
    ]

    /// CQRS-01's reason, aware of the load: read-skew alone makes CQRS a
    /// later step, not a fit, until the reads reach the S4 threshold.
    private static func cqrsFit(reads: Double, topology: StoreTopology?) -> RuleEffect {
        guard reads >= Thresholds.cqrsReads else {
            let earlier: [(ScalingStep, String)] = [(.vertical, "a bigger node"), (.readReplicas, "read replicas"), (.cache, "a cache")]
            let missing = earlier.filter { topology?.has($0.0) != true }.map(\.1)
            let first = missing.isEmpty
                ? "with a bigger node, replicas and a cache in place, CQRS is the next step once they no longer suffice"
                : "\(missing.joined(separator: ", ")) come\(missing.count == 1 ? "s" : "") first, and CQRS stays step S4 for when the earlier steps are exhausted"
            return .reasonOnTop("Reads far outnumber writes, so separate read models may pay off later; at \(MeasuredBottleneck.format(reads)) reads/s \(first).")
        }
        return .reasonOnTop("Reads vastly outnumber writes, so separating commands from queries fits: the command side enforces invariants while denormalised projections, kept current through a broker such as Kafka, change-data capture or polling, answer queries. Treat it as scaling step S4, not as the first move.")
    }
}
