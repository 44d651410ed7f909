import StrataAdvisor
import StrataProfile
import Testing

/// The precedence of RULES.md §0.4, observed through the public advice.
struct RankingPrecedenceTests {
    private func ranked(_ fields: String, context: AdvisoryContext = .init()) -> [Technology] {
        FiringCase.advise(fields, context: context).recommendations.map(\.technology)
    }

    @Test("AVOID-04: weighing rules reorder but never list; only put-forward ids appear")
    func onlyNominatedTechnologiesAreListed() {
        let advice = FiringCase.advise(#""accessPatterns": ["graph-traversal"], "consistency": "strong", "writesPerSecond": 10, "dataSizeGB": 5, "structure": "rigid""#)
        let listed = Set(advice.recommendations.map(\.technology))
        #expect(listed == [.neo4j, .neptune], "relational ids gained points but no rule put them forward")
        #expect(advice.firedRules.contains("V4-VER-01"))
    }

    @Test("Never first: pgvector past 100M vectors is listed but not at position 1")
    func neverFirstIsRespected() {
        let order = ranked(#""accessPatterns": ["vector-similarity"], "existingStores": ["postgresql"], "vectorCount": 300000000"#)
        #expect(order.first != .pgvector)
        #expect(order.contains(.pgvector))
    }

    @Test("✕: self-hosting keeps service-only ids out of the first three")
    func selfHostedKeepsServicesOutOfTopThree() {
        let order = ranked(#""accessPatterns": ["vector-similarity"], "operations": "self-hosted", "vectorCount": 300000000"#)
        #expect(order.prefix(3).allSatisfy { !TechnologyGroup.serviceOnly.members.contains($0) }, "\(order)")
    }

    @Test("Placement: edge and offline deployments put a fitting store first")
    func placementLimitsFirstChoice() {
        let edge = ranked(#""accessPatterns": ["relational"], "deployment": "edge", "consistency": "strong""#)
        #expect(edge.first.map { TechnologyGroup.edgeCapable.members.contains($0) } == true, "\(edge)")
        let offline = ranked(#""accessPatterns": ["relational"], "offline": true, "consistency": "strong", "structure": "rigid""#)
        #expect(offline.first.map { TechnologyGroup.embeddable.members.contains($0) } == true, "\(offline)")
        let browser = ranked(#""accessPatterns": ["document"], "deployment": "browser", "offline": true"#)
        #expect(browser.first == .indexeddb)
    }

    @Test("Capability: only a vector store may be first for similarity search, however relational the rest")
    func capabilityGatesFirstChoice() {
        let order = ranked(#""accessPatterns": ["vector-similarity", "relational"], "consistency": "strong", "structure": "rigid", "writesPerSecond": 10"#)
        #expect(order.first.map { TechnologyGroup.vector.members.contains($0) } == true, "\(order)")
    }

    @Test("SEL-VEC-07 beats SEL-VEC-02: vectors plus traversals go to Weaviate even with Postgres running")
    func overridingFirstWins() {
        let order = ranked(#""accessPatterns": ["vector-similarity", "graph-traversal"], "existingStores": ["postgresql"]"#)
        #expect(order.first == .weaviate)
    }

    @Test("Tie-breaks: expertise picks the document sibling, an existing Valkey beats Redis")
    func tieBreaksFavourWhatIsKnown() {
        #expect(ranked(#""accessPatterns": ["document"], "teamExpertise": ["couchdb"]"#).first == .couchdb)
        #expect(ranked(#""accessPatterns": ["document"]"#).first == .mongodb)
        #expect(ranked(#""accessPatterns": ["session"], "ephemeral": true, "existingStores": ["valkey"]"#).first == .valkey)
    }

    @Test("Embedded replicas go to Turso, or to libSQL when the team self-hosts")
    func embeddedReplicasFollowOperations() {
        #expect(ranked(#""accessPatterns": ["relational"], "needs": ["embedded-replicas"]"#).first == .turso)
        #expect(ranked(#""accessPatterns": ["relational"], "needs": ["embedded-replicas"], "operations": "self-hosted""#).first == .libsql)
    }

    @Test("A measured bottleneck in the context justifies the cache that ADD-02 would otherwise refuse")
    func measurementJustifiesNewStore() {
        let fields = #""accessPatterns": ["cache"], "existingStores": ["postgresql"], "readsPerSecond": 90"#
        let refused = FiringCase.advise(fields)
        #expect(refused.warningCodes == [.prematurePolyglot])
        #expect(refused.recommendations.first?.technology == .postgresql)
        let context = AdvisoryContext(measuredBottlenecks: [FiringCase.bottleneck(value: 400, target: 50)])
        let justified = FiringCase.advise(fields, context: context)
        #expect(justified.warningCodes.isEmpty)
        #expect([.redis, .valkey].contains(justified.recommendations.first?.technology))
    }

    @Test("STRATA-FIG-01: estimated rates do not justify a new store, measured ones do")
    func estimatesDoNotJustify() {
        let base = #""accessPatterns": ["cache"], "existingStores": ["postgresql"], "readsPerSecond": 20000"#
        let estimated = FiringCase.advise(base + #", "figures": "estimated""#)
        #expect(estimated.warningCodes == [.prematurePolyglot])
        #expect(estimated.recommendations.first?.technology == .postgresql)
        let measured = FiringCase.advise(base + #", "figures": "measured""#)
        #expect(measured.warningCodes.isEmpty)
        #expect([.redis, .valkey].contains(measured.recommendations.first?.technology))
    }

    @Test("STRATA-PERM-01: complex permissions keep SQLite from first place on a small server site")
    func permissionsRuleOutSQLite() {
        let small = #""accessPatterns": ["relational"], "readsPerSecond": 2, "dataSizeGB": 0.2"#
        #expect(ranked(small).contains(.sqlite))
        let guarded = ranked(small + #", "complexPermissions": true"#)
        #expect(guarded.first != .sqlite && guarded.first != nil)
    }

    @Test("STRATA-FIT-01: a profile no specific rule speaks to still gets stores that serve it")
    func fallbackListsServingStores() {
        let order = ranked(#""accessPatterns": ["range-scan"], "existingStores": ["redis"]"#)
        #expect(!order.isEmpty)
        #expect(order.allSatisfy { $0 != .redis && $0 != .valkey }, "redis does not serve range scans: \(order)")
    }
}
