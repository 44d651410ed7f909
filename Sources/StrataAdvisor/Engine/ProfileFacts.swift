import StrataProfile

/// Everything a rule may read: the profile, the merged architecture and the
/// signals of RULES.md §0.2, computed once per advice.
struct ProfileFacts: Sendable {
    let profile: WorkloadProfile
    /// Technologies already running: the profile's list plus the context's.
    let existing: Set<Technology>
    /// Running stores outside the catalogue, each standing for its category.
    let others: [StoreTechnology]
    /// Technologies the team knows.
    let expertise: Set<Technology>
    /// Bottlenecks measured on the running system that miss their target.
    let breachedBottlenecks: [MeasuredBottleneck]
    /// How the serving stores are scaled today, when the architecture knows.
    let topology: StoreTopology?
    /// How the workload's metrics moved over time.
    let trends: [MeasurementTrend]

    init(profile: WorkloadProfile, context: AdvisoryContext) {
        self.profile = profile
        existing = Set(profile.existingStores ?? []).union(context.existingTechnologies)
        others = context.otherTechnologies
        expertise = Set(profile.teamExpertise ?? [])
        breachedBottlenecks = context.measuredBottlenecks.filter(\.isBreached)
        topology = context.topology
        trends = context.trends
    }

    /// Some store already runs: a catalogue one or an `other:` one.
    var anythingRuns: Bool {
        !existing.isEmpty || !others.isEmpty
    }

    /// The categories of the running `other:` stores.
    var otherCategories: Set<StoreCategory> {
        Set(others.map(\.category))
    }

    /// Existing stores or team skills include a member of `group`.
    func signal(_ group: TechnologyGroup) -> Bool {
        !existing.union(expertise).isDisjoint(with: group.members)
    }

    var postgresSignal: Bool { signal(.postgresFamily) }
    var mysqlSignal: Bool { signal(.mysqlFamily) }
    var sqliteSignal: Bool { signal(.sqliteFamily) }

    /// The team knows an engine `technology` is compatible with: SQLite
    /// skills carry over to libSQL, Turso and D1, Postgres skills to Neon,
    /// Supabase and the extensions, MySQL skills to PlanetScale.
    func knowsFamily(of technology: Technology) -> Bool {
        Self.families.contains { family in
            family.contains(technology) && !expertise.isDisjoint(with: family)
        }
    }

    private static let families = [Stores.sqliteFamily, Stores.postgresFamily, TechnologyGroup.mysqlFamily.members]

    /// A Postgres-family store already runs.
    var postgresExists: Bool {
        !existing.isDisjoint(with: TechnologyGroup.postgresFamily.members)
    }

    /// A device deployment: mobile, desktop, browser or embedded.
    var isDeviceDeployment: Bool {
        profile.deployment?.isDevice ?? false
    }

    /// Deployed on a server, or deployment not given.
    var isServerOrUnstated: Bool {
        profile.deployment == nil || profile.deployment == .server
    }

    /// A document store is in play: document access or one already runs.
    var documentInPlay: Bool {
        profile.has(.document) || !existing.isDisjoint(with: TechnologyGroup.documentStores.members)
    }

    /// The SQLite family is in play (RULES.md §0.2); `ranking` adds the
    /// "would otherwise rank first" test once a provisional ranking exists.
    func sqliteInPlay(_ ranking: Ranking?) -> Bool {
        let placed: Set<Deployment> = [.edge, .mobile, .desktop, .embedded]
        if let deployment = profile.deployment, placed.contains(deployment) { return true }
        if sqliteSignal || profile.requires(.embeddedReplicas) { return true }
        return ranking?.top.map { $0.isMember(of: .sqliteFamily) } ?? false
    }

    /// A store is already running and `technology` is it, or an extension of it.
    func isExistingOrExtension(_ technology: Technology) -> Bool {
        if existing.contains(technology) { return true }
        let extensions: Set<Technology> = [.pgvector, .timescaledb]
        guard postgresExists, extensions.contains(technology) else { return false }
        return technology != .pgvector || !profile.isBeyondPgvectorScale
    }

    /// Whether `technology` serves at least one of the access patterns.
    func servesAnyPattern(_ technology: Technology) -> Bool {
        !PatternCoverage.patternsServed(by: technology).isDisjoint(with: profile.accessPatterns)
    }
}
