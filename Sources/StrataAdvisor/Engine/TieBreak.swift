import StrataProfile

/// The knowledge's reasons for putting one of two equally scored stores
/// ahead of the other (rule STRATA-TIE-01), in the order they are asked.
///
/// Points say how well a store fits; when they are equal the guide still
/// prefers what already runs, what the team knows, what is ready for
/// production, the managed service the team asked for, its own default
/// and what costs less to operate. Only when none of these
/// separates two stores does the catalogue's own order keep the output
/// stable, and that last step is never presented as a reason.
enum TieBreak: Int, CaseIterable, Sendable, Comparable {
    /// It already runs, or extends a Postgres that does (POLY-04).
    case alreadyRuns
    /// The team knows it, or knows the engine it is compatible with.
    case expertise
    /// A prototyping store only leads when the profile says prototype.
    case productionReadiness
    /// The team asked for managed services (WORK-03).
    case managedPreference
    /// The guide's default for its category (MongoDB, Kafka, Neo4j, PostgreSQL, Redis).
    case guideDefault
    /// Nothing to run beats a hosted service beats a server to operate.
    case operationalBurden

    static func < (lhs: TieBreak, rhs: TieBreak) -> Bool { lhs.rawValue < rhs.rawValue }

    /// The rule every tie-break note cites.
    static let rule = "STRATA-TIE-01"

    /// Stores built for proofs of concept rather than production traffic.
    static let prototypingStores: Set<Technology> = [.chroma]

    /// The guide's default store per category.
    static let guideDefaults: Set<Technology> = [.mongodb, .kafka, .neo4j, .postgresql, .redis]

    /// Lower is better; equal ranks leave the tie to the next criterion.
    func rank(_ technology: Technology, facts: ProfileFacts) -> Int {
        switch self {
        case .alreadyRuns:
            return facts.isExistingOrExtension(technology) ? 0 : 1
        case .expertise:
            if facts.expertise.contains(technology) { return 0 }
            return facts.knowsFamily(of: technology) ? 1 : 2
        case .productionReadiness:
            return facts.profile.isPrototypeStage || !Self.prototypingStores.contains(technology) ? 0 : 1
        case .managedPreference:
            return facts.profile.operations == .managed && Stores.managed.contains(technology) ? 0 : 1
        case .guideDefault:
            return Self.guideDefaults.contains(technology) ? 0 : 1
        case .operationalBurden:
            if Stores.inProcess.contains(technology) { return 0 }
            return Stores.managed.contains(technology) ? 1 : 2
        }
    }

    /// The first criterion that puts `winner` ahead of `loser`, if any.
    static func deciding(_ winner: Technology, over loser: Technology, facts: ProfileFacts) -> TieBreak? {
        allCases.first { $0.rank(winner, facts: facts) != $0.rank(loser, facts: facts) }
    }

    /// Orders two equally scored stores; the catalogue's order settles a tie no criterion breaks.
    static func precedes(_ lhs: Technology, _ rhs: Technology, facts: ProfileFacts) -> Bool {
        if let criterion = deciding(lhs, over: rhs, facts: facts) {
            return criterion.rank(lhs, facts: facts) < criterion.rank(rhs, facts: facts)
        }
        return catalogueOrder[lhs, default: 0] < catalogueOrder[rhs, default: 0]
    }

    private static let catalogueOrder: [Technology: Int] = Dictionary(
        uniqueKeysWithValues: Technology.allCases.enumerated().map { ($1, $0) })

    /// Why `winner` went ahead of `loser`, as a sentence for its reasons.
    func sentence(_ winner: Technology, over loser: Technology) -> String {
        let tie = "Tied on fit with \(loser.displayName);"
        let name = winner.displayName
        return switch self {
        case .alreadyRuns: "\(tie) ahead because \(name) already runs here, so nothing new has to be operated."
        case .expertise: "\(tie) ahead because the team already knows \(name) or the engine it is compatible with."
        case .productionReadiness: "\(tie) ahead because \(loser.displayName) is a prototyping store and this workload is not a prototype."
        case .managedPreference: "\(tie) ahead because \(name) is a managed service, as the team prefers."
        case .operationalBurden: "\(tie) ahead because \(name) leaves less to operate."
        case .guideDefault: "\(tie) ahead because \(name) is the usual default for this kind of workload."
        }
    }
}
