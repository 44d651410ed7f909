import StrataProfile

/// What the advisor takes for granted about fields a profile leaves out
/// (WORK-01).
///
/// A specialist would ask about these before answering; the advisor answers
/// anyway and says what it assumed. An assumed value never fires a rule: it
/// only explains what the advice did not account for. Fields are listed only
/// when some rule would have read them for this workload.
enum Assumptions {
    private struct Entry {
        let isSilent: @Sendable (ProfileFacts, Ranking?) -> Bool
        let text: String
    }

    static func stated(_ facts: ProfileFacts, ranking: Ranking?) -> [String] {
        entries.filter { $0.isSilent(facts, ranking) }.map(\.text)
    }

    private static let entries: [Entry] = core + situational

    private static let core: [Entry] = [
        Entry(isSilent: { f, _ in f.profile.consistency == nil },
              text: "consistency not given: assumed strong (ACID transactions required)."),
        Entry(isSilent: { f, _ in f.profile.writesPerSecond == nil },
              text: "writesPerSecond not given: assumed under 1,000 writes/s."),
        Entry(isSilent: { f, _ in f.profile.readsPerSecond == nil },
              text: "readsPerSecond not given: assumed a read rate one server handles, so no replicas or cache are planned."),
        Entry(isSilent: { f, _ in f.profile.volumeGB == nil },
              text: "dataSizeGB and projectedDataSizeGB not given: assumed the GB band (1 GB to 1 TB)."),
        Entry(isSilent: { f, _ in f.profile.deployment == nil },
              text: "deployment not given: assumed a server."),
        Entry(isSilent: { f, _ in f.profile.operations == nil },
              text: "operations not given: assumed either managed or self-hosted is fine."),
        Entry(isSilent: { f, _ in f.profile.structure == nil },
              text: "structure not given: assumed no strong preference between fixed and flexible schemas."),
        Entry(isSilent: { f, _ in f.profile.teamExpertise == nil },
              text: "teamExpertise not given: assumed no database skills that should tip the choice."),
    ]

    private static let situational: [Entry] = [
        Entry(isSilent: { f, _ in f.profile.has(.vectorSimilarity) && f.profile.vectorCount == nil },
              text: "vectorCount not given: assumed under 10M vectors."),
        Entry(isSilent: { f, _ in f.profile.has(.vectorSimilarity) && f.profile.vectorDimensions == nil },
              text: "vectorDimensions not given: assumed a common embedding size (384, 768 or 1536)."),
        Entry(isSilent: { f, _ in f.profile.has(.graphTraversal) && f.profile.traversalDepth == nil },
              text: "traversalDepth not given: assumed traversals deeper than a couple of joins."),
        Entry(isSilent: { f, r in f.sqliteInPlay(r) && f.profile.concurrentWriters == nil },
              text: "concurrentWriters not given: assumed at most 10 writers at once."),
        Entry(isSilent: { f, r in f.sqliteInPlay(r) && f.profile.networkFilesystem == nil },
              text: "networkFilesystem not given: assumed the data files sit on a local disk."),
        Entry(isSilent: { f, _ in f.documentInPlay && f.profile.maxRecordSizeMB == nil },
              text: "maxRecordSizeMB not given: assumed records far below the 16 MB document cap."),
        Entry(isSilent: { f, _ in f.documentInPlay && f.profile.unboundedGrowth == nil },
              text: "unboundedGrowth not given: assumed each record's children are bounded."),
        Entry(isSilent: { f, _ in hasKeyValuePattern(f.profile) && f.profile.latencyP99Ms == nil },
              text: "latencyP99Ms not given: assumed no sub-millisecond target."),
        Entry(isSilent: { f, _ in hasKeyValuePattern(f.profile) && f.profile.ephemeral == nil },
              text: "ephemeral not given: assumed the data must survive restarts."),
        Entry(isSilent: { f, _ in f.isDeviceDeployment && f.profile.offline == nil },
              text: "offline not given: assumed the app has a network connection."),
    ]

    private static func hasKeyValuePattern(_ profile: WorkloadProfile) -> Bool {
        let patterns: Set<AccessPattern> = [.cache, .session, .rateLimit, .leaderboard, .geo, .queue, .pubSub]
        return !patterns.isDisjoint(with: profile.accessPatterns)
    }
}
