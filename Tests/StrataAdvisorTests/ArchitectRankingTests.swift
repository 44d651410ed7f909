import StrataAdvisor
import StrataProfile
import Testing

/// Issue 16, ranking and warnings: cases where the old advisor let placement
/// beat need, let the alphabet break ties, or warned about its own draft.
/// Each test names the rule or reasoning that decides it.
struct ArchitectRankingTests {
    private func advise(_ fields: String) -> Advice {
        FiringCase.advise(fields)
    }

    private func order(_ fields: String) -> [Technology] {
        advise(fields).recommendations.map(\.technology)
    }

    private func reasons(_ advice: Advice, _ technology: Technology) -> [RuleNote] {
        advice.recommendations.first { $0.technology == technology }?.reasons ?? []
    }

    @Test("STRATA-RANK-01: a serverless cache with Redis running keeps Redis first, not Neon")
    func serverlessCacheKeepsRedis() {
        let ranked = order(#""accessPatterns": ["cache"], "deployment": "serverless", "existingStores": ["redis"]"#)
        #expect(ranked.first == .redis, "\(ranked)")
    }

    @Test("STRATA-RANK-01: a serverless event stream gets Kafka in the top three")
    func serverlessStreamGetsALog() {
        let ranked = order(#""accessPatterns": ["event-stream"], "deployment": "serverless""#)
        #expect(ranked.prefix(3).contains(.kafka), "\(ranked)")
        #expect(ranked.first.map { TechnologyGroup.eventStreaming.members.contains($0) } == true, "\(ranked)")
    }

    @Test("POLY-04 with STRATA-RANK-01: vectors and time series on a running Neon go to its extensions, with no premature-polyglot")
    func extensionsOfNeonCountAsNeon() {
        let vectors = advise(#""accessPatterns": ["vector-similarity"], "deployment": "serverless", "existingStores": ["neon"]"#)
        #expect(vectors.recommendations.first?.technology == .pgvector)
        #expect(!vectors.warningCodes.contains(.prematurePolyglot))
        #expect(reasons(vectors, .pgvector).contains { $0.rule == "POLY-04" })
        let series = advise(#""accessPatterns": ["time-series"], "deployment": "serverless", "existingStores": ["neon"]"#)
        #expect(series.recommendations.first?.technology == .timescaledb)
        #expect(!series.warningCodes.contains(.prematurePolyglot))
    }

    @Test("STRATA-TIE-01 (production readiness): 300M self-hosted production vectors never get Chroma first")
    func prototypingStoreNeverLeadsProduction() {
        let fields = #""accessPatterns": ["vector-similarity"], "vectorCount": 300000000, "operations": "self-hosted""#
        for stage in [#", "stage": "production""#, ""] {
            let advice = advise(fields + stage)
            let top = advice.recommendations.first?.technology
            #expect(top != nil && top != .chroma, "\(stage): \(advice.recommendations.map(\.technology))")
        }
        let unstated = advise(fields)
        #expect(unstated.firedRules.contains("STRATA-STAGE-04"), "no stage given: prototyping limits still apply")
    }

    @Test("STRATA-TIE-01: a tie on points is broken by reasoning and the reason is named on the winner")
    func tieBreaksAreNamed() {
        let advice = advise(#""accessPatterns": ["document"]"#)
        let top = advice.recommendations[0]
        #expect(top.technology == .mongodb)
        let note = top.reasons.first { $0.rule == "STRATA-TIE-01" }
        #expect(note?.text.contains("default") == true, "\(top.reasons)")
        let vectors = advise(#""accessPatterns": ["vector-similarity"], "vectorCount": 300000000, "operations": "self-hosted", "stage": "production""#)
        #expect(vectors.recommendations[0].reasons.contains { $0.rule == "STRATA-TIE-01" && $0.text.contains("prototyping store") })
    }

    @Test("STRATA-TIE-01 never falls to the alphabet: equal stores keep the knowledge's order whatever their ids")
    func tiesAreNotAlphabetical() {
        let ranked = order(#""accessPatterns": ["relational"], "existingStores": ["sqlite"], "concurrentWriters": 50"#)
        #expect(ranked.first == .postgresql, "mysql < neon < planetscale < postgresql by id, yet the default leads: \(ranked)")
    }

    @Test("STRATA-FIT-02: whole documents under a rigid schema and ACID list a relational store")
    func rigidDocumentsListRelational() {
        let ranked = order(#""accessPatterns": ["document"], "structure": "rigid", "consistency": "strong""#)
        #expect(ranked.contains(.postgresql), "\(ranked)")
        #expect(ranked.first.map { TechnologyGroup.documentStores.members.contains($0) } == true, "document access still decides position 1")
    }

    @Test("STRATA-SQL-01 and STRATA-SKILL-01: the SQLite family is credited for relational access and for SQLite skills")
    func sqliteFamilyGetsCredit() {
        let base = #""accessPatterns": ["relational"], "deployment": "edge""#
        let plain = advise(base)
        let skilled = advise(base + #", "teamExpertise": ["sqlite"]"#)
        #expect(reasons(plain, .turso).contains { $0.rule == "STRATA-SQL-01" })
        #expect(reasons(skilled, .turso).contains { $0.rule == "STRATA-SKILL-01" })
        let score = { (advice: Advice) in advice.recommendations.first { $0.technology == .cloudflareD1 }?.score ?? 0 }
        #expect(score(skilled) > score(plain), "SQLite skills count for D1 too")
    }

    @Test("STRATA-ADD-05: a running D1 does not make Turso a second database; no premature-polyglot against the draft")
    func runningSiblingIsKeptWithoutWarning() {
        let advice = advise(#""accessPatterns": ["relational"], "deployment": "edge", "existingStores": ["cloudflare-d1"]"#)
        #expect(advice.recommendations.first?.technology == .cloudflareD1)
        #expect(advice.warningCodes.isEmpty, "\(advice.warnings)")
        let asked = advise(#""accessPatterns": ["cache"], "existingStores": ["postgresql"], "readsPerSecond": 90"#)
        #expect(asked.warningCodes == [.prematurePolyglot], "a cache pattern asks for another kind of store: ADD-02 still warns")
    }

    @Test("STRATA-MIG-01: SQLite → PostgreSQL is a migrate-then-retire plan, not one more database to monitor")
    func replacementIsAMigration() {
        let advice = advise(#""accessPatterns": ["relational"], "existingStores": ["sqlite"], "concurrentWriters": 50"#)
        let top = advice.recommendations[0]
        #expect(top.technology == .postgresql)
        let plan = top.reasons.first { $0.rule == "STRATA-MIG-01" }?.text ?? ""
        #expect(plan.contains("backfill") && plan.contains("retire SQLite"), "\(top.reasons)")
        #expect(!top.cautions.contains { $0.rule == "AVOID-05" }, "\(top.cautions)")
    }

    @Test("CQRS-01: at 200 reads/s CQRS is step S4 after a bigger node, replicas and a cache; at 60,000 it fits")
    func cqrsIsScaleAware() {
        let low = advise(#""accessPatterns": ["relational"], "readsPerSecond": 200, "writesPerSecond": 20"#)
        let lowText = low.recommendations[0].reasons.first { $0.rule == "CQRS-01" }?.text ?? ""
        #expect(lowText.contains("come first") && !lowText.contains("fits"), "\(lowText)")
        let high = advise(#""accessPatterns": ["relational"], "readsPerSecond": 60000, "writesPerSecond": 200"#)
        #expect(high.recommendations[0].reasons.contains { $0.rule == "CQRS-01" && $0.text.contains("fits") })
    }
}
