import StrataProfile

extension RuleCatalogue {
    /// Section 8: edge database patterns.
    static let edgeRules: [Rule] = [
        Rule(
            "EDGE-01", .edgePatterns,
            summary: "Offline operation: embeddable stores strongly favoured; nothing else may be first.",
            explanation: """
                If the app must work with no connection, its data has to sit on the device. Reads then \
                cost no round trip, the app survives outages, and less traffic reaches the backend.
                """
        ) { input in
            guard input.profile.offline == true else { return [] }
            var local = Stores.embeddable
            if input.profile.deployment.map({ $0 != .browser }) ?? false { local.remove(.indexeddb) }
            return [
                .strongGain(local, "Runs on the device, so the app keeps working offline."),
                .neverFirst(Stores.all.subtracting(Stores.embeddable)),
                .reason(local, "Local-first: instant reads, offline operation, less bandwidth and backend load."),
            ]
        },
        Rule(
            "EDGE-02", .edgePatterns,
            summary: "Device or edge deployment with single-region writes: hub-and-spoke replication.",
            explanation: """
                Writes go to one central primary while copies on devices or edge nodes answer reads; a \
                single writer keeps consistency easy to reason about.
                """
        ) { input in
            guard input.facts.isDeviceDeployment || input.profile.deployment == .edge,
                  input.profile.multiRegionWrites != true else { return [] }
            return [.reasonOnTop("Hub-and-spoke: send writes to a single central primary and let replicas on edge nodes or devices (embedded replicas) answer reads and receive its changes.")]
        },
        Rule(
            "EDGE-03", .edgePatterns,
            summary: "Writes in many places on devices or at the edge: CRDTs, or a primary when consistency must be strong.",
            explanation: """
                When edits happen in several places at once, conflict-free replicated data types let \
                them merge automatically, at the price of agreement that is only eventual.
                """
        ) { input in
            let local = input.facts.isDeviceDeployment || input.profile.deployment == .edge
            guard input.profile.multiRegionWrites == true, local else { return [] }
            if input.profile.consistency == .strong {
                return [.cautionOnTop("CRDTs only converge eventually; with strong consistency route writes through one primary.")]
            }
            return [.reasonOnTop("Use CRDT-based multi-write so concurrent edits in different places merge without conflicts.")]
        },
        Rule(
            "EDGE-04", .edgePatterns,
            summary: "Offline operation: sync changes only, and plan for conflicts, client migrations and storage limits.",
            explanation: """
                Local-first has known costs: concurrent offline edits conflict, client databases sit at \
                different schema versions, and device storage is limited.
                """
        ) { input in
            let profile = input.profile
            guard profile.offline == true else { return [] }
            var effects: [RuleEffect] = [
                .reasonOnTop("Exchange deltas only: what changed since the previous sync, tracked with timestamps or version vectors."),
                .cautionOnTop("Edits made offline on two devices will collide and need a merge policy; clients on older app versions need their local schema migrated."),
            ]
            let volume = profile.volumeGB ?? 0
            if (profile.deployment == .browser && volume > Thresholds.browserStorageGB)
                || (profile.deployment == .mobile && volume > Thresholds.mobileStorageGB) {
                effects.append(.cautionOnTop("\(MeasuredBottleneck.format(volume)) GB is a lot for client storage; sync a subset."))
            }
            return effects
        },
        Rule(
            "EDGE-05", .edgePatterns,
            summary: "Multi-tenant at the edge or serverless, with SQLite, replicas or 1,000+ tenants: Turso first, a database per tenant.",
            explanation: """
                Giving every tenant its own small database isolates tenants from each other, keeps each \
                database quick, and lets capacity grow in step with the number of tenants.
                """
        ) { input in
            let profile = input.profile
            let placed = profile.deployment == .edge || profile.deployment == .serverless
            let perTenant = input.facts.sqliteSignal || profile.requires(.embeddedReplicas)
                || (profile.tenantCount ?? 0) >= Thresholds.manyTenants
            guard profile.multiTenant == true, placed, perTenant else { return [] }
            return [.strongGain([.turso], "One isolated database per tenant, each small and fast, scaling linearly with tenants."), .first(.turso)]
        },
        Rule(
            "EDGE-06", .edgePatterns,
            summary: "Embedded, desktop or mobile deployment: network-only services lose as the primary store.",
            explanation: """
                On devices, and for AI agents keeping a local memory, the store should be embedded so \
                that nothing depends on a remote service.
                """
        ) { input in
            let onDevice: Set<Deployment> = [.embedded, .desktop, .mobile]
            guard let deployment = input.profile.deployment, onDevice.contains(deployment) else { return [] }
            return [.loss(Stores.networkOnly, "Reachable only over the network, so the device would depend on a connection.")]
        },
    ]
}
