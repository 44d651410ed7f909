import Testing
import Strata
import StrataProjections

/// The audit's findings that recorded data can raise, and the note on a store kept after the
/// decision that adopted it was superseded or deprecated.
@Suite struct AuditFindingTests {
    /// Context C-1 and one workload (W-1) with `profile`'s figures.
    static func catalog(_ profile: String = #"{"name":"orders","accessPatterns":["relational"]}"#) throws -> ReadModelStore {
        let store = try ReadModelStore()
        try store.contexts.define(name: "catalog", store.by())
        try store.addWorkload(profile)
        return store
    }

    @Test func anExtraStoreWithoutEvidenceIsPrematurePolyglot() throws {
        let store = try Self.catalog()
        defer { store.remove() }
        try store.decide("Postgres", [.adopt("postgresql", name: "main-db", workloads: ["W-1"])])
        try store.decide("Redis", [.adopt("redis", name: "cache", role: .cache, because: [.freeText(text: "everyone has one")])])
        #expect(try store.findingCodes("S-1").isEmpty)
        #expect(try store.findingCodes("S-2") == ["premature-polyglot"])
    }

    @Test func shardingBeforeTheEarlierStepsIsPremature() throws {
        let store = try Self.catalog()
        defer { store.remove() }
        try store.decide("Postgres", [.adopt("postgresql", name: "main-db", workloads: ["W-1"])])
        try store.decide("Replicas", [.changeTopology(store: "S-1", change: .readReplicas(count: 2))])
        #expect(try store.findingCodes("S-1").isEmpty)
        try store.decide("Shard", [.changeTopology(store: "S-1", change: .sharding(strategy: .hash, shardKey: "tenant_id"))])
        #expect(try store.findingCodes("S-1") == ["premature-sharding"])
        let history = try store.readSide.query(.now) { try $0.reader.storeChanges().compactMap(\.scalingStep) }
        #expect(history == ["read-replicas", "sharding"])
    }

    @Test func wordsClaimingPerformanceAreAnUnmeasuredJustification() throws {
        let store = try Self.catalog()
        defer { store.remove() }
        try store.addWorkload(#"{"name":"product-search","accessPatterns":["full-text"]}"#)
        try store.decide("Postgres", [.adopt("postgresql", name: "main-db", workloads: ["W-1"])])
        try store.decide("MySQL", [.adopt("mysql", name: "fast-db", because: [.freeText(text: "Postgres is too slow for the orders")])])
        try store.decide("Search", [
            .adopt("elasticsearch", name: "search", role: .search, because: [.accessPattern(workloads: ["W-2"], note: "better latency")]),
        ])
        #expect(try store.findingCodes("S-2") == ["premature-polyglot", "unmeasured-justification"])
        #expect(try store.findingCodes("S-3") == ["unmeasured-justification"], "justified by the pattern, yet the note claims speed")
    }

    @Test func sqliteLimitsFollowTheWorkloadsItServes() throws {
        let store = try Self.catalog(#"{"name":"ingest","accessPatterns":["relational"],"concurrentWriters":50,"networkFilesystem":true,"dataSizeGB":2000}"#)
        defer { store.remove() }
        try store.decide("SQLite", [.adopt("sqlite", name: "local-db", workloads: ["W-1"])])
        #expect(try store.findingCodes("S-1") == ["sqlite-write-concurrency", "sqlite-network-filesystem", "sqlite-dataset-size"])
        try store.reviseWorkload("W-1", #"{"name":"ingest","accessPatterns":["relational"],"concurrentWriters":2}"#)
        #expect(try store.findingCodes("S-1").isEmpty, "the current profile counts")
    }

    @Test func documentsNearTheSizeCapOrGrowingWithoutBound() throws {
        let store = try Self.catalog(#"{"name":"profiles","accessPatterns":["document"],"maxRecordSizeMB":10}"#)
        defer { store.remove() }
        try store.addWorkload(#"{"name":"threads","accessPatterns":["document"],"unboundedGrowth":true}"#)
        try store.decide("Mongo", [.adopt("mongodb", name: "docs", workloads: ["W-1", "W-2"])])
        #expect(try store.findingCodes("S-1") == ["document-size-limit", "document-size-limit"])
        try store.workloads.retire("W-2", reason: "merged", store.by())
        #expect(try store.findingCodes("S-1") == ["document-size-limit"], "a retired workload is no longer served")
    }

    @Test func pgvectorBeyondItsScale() throws {
        let store = try Self.catalog(#"{"name":"embeddings","accessPatterns":["vector-similarity"],"vectorCount":200000000}"#)
        defer { store.remove() }
        try store.decide("pgvector", [.adopt("pgvector", name: "vectors", role: .vector, workloads: ["W-1"])])
        #expect(try store.findingCodes("S-1") == ["pgvector-scale"])
    }

    @Test func aStoreKeptAfterItsDecisionWasSupersededGetsANote() throws {
        let store = try Self.catalog()
        defer { store.remove() }
        try store.decide("Postgres", [.adopt("postgresql", name: "main-db", workloads: ["W-1"])])
        try store.decide("Postgres, managed", [])
        try store.decisions.supersede("ADR-1", by: ["ADR-2"], reason: "moved to a managed service", store.by())
        let notes = try #require(try store.audit("S-1")).notes
        #expect(notes.count == 1 && notes[0].contains("ADR-1") && notes[0].contains("superseded without retiring it"))
    }

    @Test func aStoreKeptAfterItsDecisionWasDeprecatedGetsANote() throws {
        let store = try Self.catalog()
        defer { store.remove() }
        try store.decide("Postgres", [.adopt("postgresql", name: "main-db", workloads: ["W-1"])])
        #expect(try store.audit("S-1")?.notes == [])
        try store.decisions.deprecate("ADR-1", reason: "no longer the standard", store.by())
        let notes = try #require(try store.audit("S-1")).notes
        #expect(notes.count == 1 && notes[0].contains("deprecated without retiring it"))
    }

    @Test func aSupersedingDecisionThatRetiresTheStoreLeavesNoNote() throws {
        let store = try Self.catalog()
        defer { store.remove() }
        try store.decide("Postgres", [.adopt("postgresql", name: "main-db", workloads: ["W-1"])])
        try store.decisions.propose(DecisionContent(
            title: "MySQL instead", links: [DecisionLink(type: DecisionLink.supersedes, decision: "ADR-1")],
            effects: [
                .adopt("mysql", name: "new-db"), .moveWorkload(workload: "W-1", from: "S-1", to: "new:new-db"),
                .retireStore(store: "S-1"),
            ]), store.by())
        try store.decisions.accept("ADR-2", store.by())
        #expect(try store.readSide.query(.now) { try $0.reader.decision("ADR-1")?.status } == "superseded")
        #expect(try store.audit("S-1") == nil, "a retired store is not audited")
        #expect(try store.audit("S-2")?.verdict == "baseline" && store.audit("S-2")?.notes == [])
    }
}
