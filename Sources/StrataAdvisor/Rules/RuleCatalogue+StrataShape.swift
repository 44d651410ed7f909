import StrataProfile

extension RuleCatalogue {
    /// Strata rules for relationships, tenancy, permissions, read models and residency.
    static let shapeRules: [Rule] = [
        Rule(
            "STRATA-REL-01", .strataAdditions,
            summary: "Relationship cardinality with a document store in play: embed few, bucket or reference many, reference many-to-many.",
            explanation: """
                Embedding works for bounded children read with their parent; a one-to-many that keeps \
                growing needs buckets or references; many-to-many data is shared and belongs in \
                references, or in join tables of a relational store.
                """
        ) { input in
            guard input.facts.documentInPlay, let relationships = input.profile.relationships else { return [] }
            switch relationships {
            case .oneToFew:
                return [.reason(Stores.document, "One-to-few: embed the children in their parent document.")]
            case .oneToMany:
                return [.reason(Stores.document, "One-to-many: embed while the children stay bounded; bucket or reference them once they grow.")]
            case .manyToMany:
                return [
                    .caution(Stores.document, "Many-to-many: reference shared entities instead of copying them into every document."),
                    .boost(Stores.relational, "Many-to-many relationships are what join tables are for."),
                ]
            }
        },
        Rule(
            "STRATA-TEN-01", .strataAdditions,
            summary: "A database per tenant is required: Turso (first at the edge or serverless) or libSQL.",
            explanation: """
                Isolated per-tenant databases are cheap when each is a small SQLite-compatible file: \
                tenants stay isolated and capacity grows with them. Schema changes must then roll out \
                to every tenant database.
                """
        ) { input in
            let profile = input.profile
            guard profile.databasePerTenant == true else { return [] }
            let caution = RuleEffect.cautionOnTop("Every schema change must roll out to each tenant database; automate migrations per tenant.")
            if profile.deployment == .edge || profile.deployment == .serverless {
                return [.strongGain([.turso], "Cheap isolated databases per tenant, served close to users."), .first(.turso), caution]
            }
            return [.gain([.turso, .libsql], "A small isolated SQLite-compatible database per tenant."), caution]
        },
        Rule(
            "STRATA-PERM-01", .strataAdditions,
            summary: "Complex row- or user-level permissions: SQLite family loses (never first on servers); Postgres row-level security gains.",
            explanation: """
                SQLite has no users or grants, so fine-grained access rules would live entirely in \
                application code. Postgres enforces them in the database with row-level security.
                """
        ) { input in
            guard input.profile.complexPermissions == true else { return [] }
            var effects: [RuleEffect] = [
                .caution(Stores.sqliteFamily, "No users or grants: every access rule would live in application code."),
                .boost([.postgresql, .supabase, .neon], "Row-level security enforces access rules inside the database."),
            ]
            if !input.facts.isDeviceDeployment { effects.append(.neverFirst(Stores.sqliteFamily)) }
            return effects
        },
        Rule(
            "STRATA-CQRS-01", .strataAdditions,
            summary: "Two or more differently shaped read models: CQRS with projections fits.",
            explanation: """
                Needing several read representations of the same data is one of the reasons to \
                separate commands from queries: one write model, one projection per read shape.
                """, phase: .annotation
        ) { input in
            guard let count = input.profile.readModels, count >= 2 else { return [] }
            return [.reasonOnTop("\(count) read shapes of the same data: keep one write model and build each read model as a projection fed by events.")]
        },
        Rule(
            "STRATA-RES-01", .strataAdditions,
            summary: "Data residency required: pin every copy to allowed regions; check hosted services can comply.",
            explanation: """
                Residency constrains where primaries, replicas, caches and backups may live. Hosted \
                and globally replicated services must be able to pin data to a region; geographic \
                sharding keeps each jurisdiction's data in place.
                """, phase: .annotation
        ) { input in
            guard input.profile.dataResidency == true else { return [] }
            var effects: [RuleEffect] = [.cautionOnTop("Keep the primary, replicas, caches and backups inside the allowed region or jurisdiction.")]
            let hosted = input.listed(among: Stores.managed)
            if !hosted.isEmpty {
                effects.append(.caution(hosted, "A hosted service: confirm it can pin data to the required region."))
            }
            return effects
        },
    ]
}
