import StrataProfile

extension RuleCatalogue {
    /// Section 7: serverless database selection.
    static let serverlessRules: [Rule] = [
        Rule(
            "SLS-01", .serverless,
            summary: "Serverless deployment: Neon, Supabase, PlanetScale and Turso gain; self-managed servers lose; Neon again with Postgres.",
            explanation: """
                Functions that scale per request want a database that scales with them and answers over \
                HTTP, not a server to babysit. For a team already on Postgres that needs neither bundled \
                auth nor realtime, Neon offers standard Postgres with all extensions and little lock-in.
                """
        ) { input in
            let profile = input.profile
            guard profile.deployment == .serverless else { return [] }
            var effects: [RuleEffect] = [
                .gain([.neon, .supabase, .planetscale, .turso], "A database that scales with serverless functions and is reachable over HTTP."),
                .loss(Stores.selfManagedServers, "A server to run and scale yourself, a poor match for serverless functions."),
            ]
            if input.facts.postgresSignal, !profile.requires(.auth), !profile.requires(.realtime) {
                effects.append(.gain([.neon], "Standard Postgres, all extensions available and little lock-in, for a team already on Postgres."))
            }
            return effects
        },
        Rule(
            "SLS-02", .serverless,
            summary: "Scale-to-zero needed: Neon strongly favoured.",
            explanation: "Of the serverless offerings, Neon is the one built to scale compute down to zero when idle."
        ) { input in
            guard input.profile.requires(.scaleToZero) else { return [] }
            return [.strongGain([.neon], "Compute scales to zero when idle, so quiet periods cost nothing.")]
        },
        Rule(
            "SLS-03", .serverless,
            summary: "Database branching needed: Neon and PlanetScale gain; first goes to the one matching the team's engine.",
            explanation: "Both branch databases for development and testing; whether the team is on Postgres or MySQL decides."
        ) { input in
            guard input.profile.requires(.branching) else { return [] }
            var effects: [RuleEffect] = [.gain([.neon, .planetscale], "Branches the database for development and test copies.")]
            if input.facts.postgresSignal { effects.append(.first(.neon)) }
            if input.facts.mysqlSignal { effects.append(.first(.planetscale)) }
            return effects
        },
        Rule(
            "SLS-04", .serverless,
            summary: "Auth or realtime needed: Supabase first.",
            explanation: """
                Supabase packages Postgres with sign-in, file storage, realtime change feeds, edge \
                functions, row-level security and generated REST endpoints, so the team builds product \
                instead of plumbing.
                """
        ) { input in
            guard input.profile.requires(.auth) || input.profile.requires(.realtime) else { return [] }
            return [
                .strongGain([.supabase], "Postgres bundled with auth, realtime subscriptions, storage, row-level security and instant APIs."),
                .first(.supabase),
            ]
        },
        Rule(
            "SLS-05", .serverless,
            summary: "Non-blocking schema changes needed: PlanetScale first.",
            explanation: "Vitess-based online schema changes, reviewed through deploy requests."
        ) { input in
            guard input.profile.requires(.nonBlockingSchemaChanges) else { return [] }
            return [.strongGain([.planetscale], "Online schema changes through deploy requests, without locking tables."), .first(.planetscale)]
        },
        Rule(
            "SLS-06", .serverless,
            summary: "MySQL that must scale out (or a relational winner past 100K writes/s or 1 TB): PlanetScale gains.",
            explanation: "PlanetScale is MySQL that scales out, with horizontal sharding and global distribution built in."
        ) { input in
            let profile = input.profile
            let large = (profile.writesPerSecond ?? 0) > Thresholds.highVelocity || profile.isBeyondTerabyte
            let mysqlScale = profile.deployment == .serverless || profile.requires(.globalDistribution) || large
            if input.facts.mysqlSignal, mysqlScale {
                return [.strongGain([.planetscale], "MySQL-compatible, shards horizontally and distributes globally out of the box.")]
            }
            guard large, let top = input.ranking?.top, Stores.relational.contains(top),
                  profile.operations != .selfHosted else { return [] }
            return [.gain([.planetscale], "Relational data at this scale benefits from built-in horizontal sharding.")]
        },
        Rule(
            "SLS-07", .serverless,
            summary: "Serverless or edge with SQLite or embedded replicas in play: Turso strongly favoured.",
            explanation: """
                Turso serves libSQL over HTTP, giving serverless and edge code the familiar SQLite \
                workflow.
                """
        ) { input in
            let placed = input.profile.deployment == .serverless || input.profile.deployment == .edge
            guard placed, input.facts.sqliteSignal || input.profile.requires(.embeddedReplicas) else { return [] }
            return [.strongGain([.turso], "SQLite's developer experience, served over HTTP to serverless and edge code.")]
        },
    ]
}
