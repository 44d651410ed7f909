import Testing
import Strata
import StrataProjections

/// Each audit verdict of ADVICE-CONTRACT.md, produced from recorded decisions and evidence.
@Suite struct AuditVerdictTests {
    /// Context C-1 with orders (W-1: relational, key lookups, p99 target 50 ms) and product
    /// search (W-2: full text), and Postgres (S-1) serving the orders since a month ago.
    static func catalog() throws -> ReadModelStore {
        let store = try ReadModelStore()
        try store.contexts.define(name: "catalog", store.founding)
        try store.addWorkload(#"{"name":"orders","accessPatterns":["relational","key-lookup"],"latencyP99Ms":50}"#, store.founding)
        try store.addWorkload(#"{"name":"product-search","accessPatterns":["full-text"]}"#, store.founding)
        let aMonthAgo = store.clock.upcoming.adding(seconds: -30 * 86_400)
        try store.decide("Postgres", [.adopt("postgresql", name: "main-db", workloads: ["W-1"])], effective: aMonthAgo)
        return store
    }

    /// Adopts a Redis cache (S-2) citing `M-1`, effective at `effective` (default: when recorded).
    static func cacheCitingTheMeasurement(_ store: ReadModelStore, effective: Timestamp? = nil) throws {
        try store.decide("Cache the orders", [
            .adopt("redis", name: "orders-cache", role: .cache, because: [.measuredBottleneck(measurements: ["M-1"])]),
        ], effective: effective)
    }

    static func slowOrders(_ store: ReadModelStore) throws {
        try store.measurements.record(.init(metric: .latencyP99Ms, value: 180, source: .production), about: "W-1", store.by())
    }

    @Test func theFirstStoreOfEachContextIsItsBaseline() throws {
        let store = try Self.catalog()
        defer { store.remove() }
        try store.contexts.define(name: "billing", store.by())
        try store.addWorkload(#"{"name":"invoices","accessPatterns":["relational"]}"#, context: "C-2")
        try store.decide("Billing DB", [.adopt("mysql", name: "billing-db", context: "C-2", workloads: ["W-3"])])
        #expect(try store.verdict("S-1") == "baseline")
        #expect(try store.verdict("S-2") == "baseline", "another context starts simple too")
        #expect(try store.findingCodes("S-2").isEmpty)
    }

    @Test func aBottleneckMeasuredBeforeTheDecisionJustifies() throws {
        let store = try Self.catalog()
        defer { store.remove() }
        try Self.slowOrders(store)
        try Self.cacheCitingTheMeasurement(store)
        let audit = try #require(try store.audit("S-2"))
        #expect(audit.verdict == "justified")
        #expect(audit.evidence.map(\.kind) == ["measured-bottleneck"])
        #expect(audit.evidence.first?.measurement == "M-1" && audit.evidence.first?.holds == true)
        #expect(audit.evidence.first?.decision == "ADR-2")
        #expect(try store.findingCodes("S-2").isEmpty)
    }

    @Test func aBottleneckObservedAfterTheDecisionTookEffectDoesNotJustify() throws {
        let store = try Self.catalog()
        defer { store.remove() }
        try Self.slowOrders(store)
        let observed = try store.lastRecordedAt()
        try Self.cacheCitingTheMeasurement(store, effective: observed.adding(seconds: -3_600))
        let audit = try #require(try store.audit("S-2"))
        #expect(audit.verdict == "speculative")
        #expect(audit.evidence.first?.holds == false && audit.evidence.first?.why == "observed after the decision took effect")
        #expect(try store.findingCodes("S-2") == ["premature-polyglot"])
    }

    @Test func aBackdatedObservationBeforeTheDecisionJustifies() throws {
        let store = try Self.catalog()
        defer { store.remove() }
        let decided = store.clock.upcoming.adding(seconds: -7_200)
        try store.measurements.record(
            .init(metric: .latencyP99Ms, value: 180, source: .production), about: "W-1", store.by(effective: decided.adding(seconds: -1)))
        try Self.cacheCitingTheMeasurement(store, effective: decided)
        #expect(try store.verdict("S-2") == "justified")
    }

    @Test func anAccessPatternNoOtherStoreServesJustifies() throws {
        let store = try Self.catalog()
        defer { store.remove() }
        try store.decide("Search", [
            .adopt("elasticsearch", name: "search", role: .search, because: [.accessPattern(workloads: ["W-2"], note: nil)]),
        ])
        let audit = try #require(try store.audit("S-2"))
        #expect(audit.verdict == "justified")
        #expect(audit.evidence.map(\.kind) == ["access-pattern"] && audit.evidence.first?.workload == "W-2")
        #expect(audit.evidence.first?.holds == true)
    }

    @Test func aCapabilityNoOtherStoreOffersJustifies() throws {
        let store = try Self.catalog()
        defer { store.remove() }
        try store.addWorkload(#"{"name":"recommendations","accessPatterns":["graph-traversal"]}"#)
        try store.decide("Graph", [
            .adopt("neo4j", name: "graph", role: .graph, because: [.capability(capability: .graphTraversal, workloads: ["W-3"])]),
        ])
        let audit = try #require(try store.audit("S-2"))
        #expect(audit.verdict == "justified" && audit.evidence.map(\.kind) == ["capability"])
    }

    @Test func servingAWorkloadWhosePatternOnlyItServesJustifiesWithoutWords() throws {
        let store = try Self.catalog()
        defer { store.remove() }
        try store.decide("Search", [.adopt("elasticsearch", name: "search", role: .search, workloads: ["W-2"])])
        let audit = try #require(try store.audit("S-2"))
        #expect(audit.verdict == "justified" && audit.evidence.map(\.kind) == ["unique-access-pattern"])
    }

    @Test func aCapabilityAnotherStoreAlreadyOffersDoesNotJustify() throws {
        let store = try Self.catalog()
        defer { store.remove() }
        try store.decide("MySQL too", [
            .adopt("mysql", name: "second-db", because: [.capability(capability: .transactions, workloads: ["W-1"])]),
        ])
        #expect(try store.verdict("S-2") == "speculative")
    }

    @Test func wordsAloneAreSpeculative() throws {
        let store = try Self.catalog()
        defer { store.remove() }
        try store.decide("Mongo", [.adopt("mongodb", name: "docs", because: [.freeText(text: "the team likes documents")])])
        let audit = try #require(try store.audit("S-2"))
        #expect(audit.verdict == "speculative" && audit.evidence.map(\.kind) == ["statement"])
        #expect(try store.findingCodes("S-2") == ["premature-polyglot"], "no performance claimed, so no unmeasured-justification")
    }

    @Test func noJustificationIsUnjustified() throws {
        let store = try Self.catalog()
        defer { store.remove() }
        try store.decide("MySQL", [.adopt("mysql", name: "legacy-db")])
        let audit = try #require(try store.audit("S-2"))
        #expect(audit.verdict == "unjustified" && audit.evidence.isEmpty)
        #expect(try store.findingCodes("S-2") == ["premature-polyglot"])
    }

    @Test func retractingTheMeasurementMakesItStale() throws {
        let store = try Self.catalog()
        defer { store.remove() }
        try Self.slowOrders(store)
        try Self.cacheCitingTheMeasurement(store)
        try store.measurements.retract("M-1", reason: "wrong cluster", store.by())

        let audit = try #require(try store.audit("S-2"))
        #expect(audit.verdict == "stale")
        #expect(audit.evidence.first?.holds == false && audit.evidence.first?.why == "retracted: wrong cluster")
        #expect(try store.findingCodes("S-2") == ["premature-polyglot"])
    }

    @Test func retiringTheCitedWorkloadMakesItStale() throws {
        let store = try Self.catalog()
        defer { store.remove() }
        try store.decide("Search", [
            .adopt("elasticsearch", name: "search", role: .search, workloads: ["W-2"], because: [.accessPattern(workloads: ["W-2"], note: nil)]),
        ])
        try store.workloads.retire("W-2", reason: "search dropped", store.by())
        let audit = try #require(try store.audit("S-2"))
        #expect(audit.verdict == "stale" && audit.evidence.first?.why == "W-2 was retired")
    }

    @Test func revisingTheCitedWorkloadAwayFromThePatternMakesItStale() throws {
        let store = try Self.catalog()
        defer { store.remove() }
        try store.decide("Search", [
            .adopt("elasticsearch", name: "search", role: .search, because: [.accessPattern(workloads: ["W-2"], note: nil)]),
        ])
        try store.reviseWorkload("W-2", #"{"name":"product-search","accessPatterns":["key-lookup"]}"#)
        let audit = try #require(try store.audit("S-2"))
        #expect(audit.verdict == "stale" && audit.evidence.first?.why == "W-2 was revised and no longer needs full-text")
    }

    @Test func retiringEveryWorkloadThatNeededTheCapabilityMakesItStale() throws {
        let store = try Self.catalog()
        defer { store.remove() }
        try store.addWorkload(#"{"name":"recommendations","accessPatterns":["graph-traversal"]}"#)
        try store.decide("Graph", [
            .adopt("neo4j", name: "graph", role: .graph, because: [.capability(capability: .graphTraversal, workloads: ["W-3"])]),
        ])
        try store.workloads.retire("W-3", reason: "feature dropped", store.by())
        let audit = try #require(try store.audit("S-2"))
        #expect(audit.verdict == "stale" && audit.evidence.first?.why == "every workload that needed it was retired")
    }
}
