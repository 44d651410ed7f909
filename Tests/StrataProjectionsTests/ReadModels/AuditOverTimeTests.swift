import Testing
import Strata
import StrataProjections

/// The audit at other moments: a store's verdict follows the clocks the way its facts do.
@Suite struct AuditOverTimeTests {
    /// Context C-1 with orders (W-1, p99 target 50 ms) served by Postgres (S-1, ADR-1, adopted when recorded).
    static func catalog() throws -> (store: ReadModelStore, adopted: Timestamp) {
        let store = try ReadModelStore()
        try store.contexts.define(name: "catalog", store.founding)
        try store.addWorkload(#"{"name":"orders","accessPatterns":["relational","key-lookup"],"latencyP99Ms":50}"#, store.founding)
        try store.decide("Postgres", [.adopt("postgresql", name: "main-db", workloads: ["W-1"])])
        return (store, try store.lastRecordedAt())
    }

    @Test func theStoreInEffectFirstIsItsContextsBaselineEvenWhenRecordedLater() throws {
        let (store, adopted) = try Self.catalog()
        defer { store.remove() }
        let aYearEarlier = adopted.adding(seconds: -365 * 86_400)
        try store.decide("MySQL, in use since last year", [.adopt("mysql", name: "legacy-db")], effective: aYearEarlier)

        #expect(try store.verdict("S-2", at: Moment(validAt: adopted.adding(seconds: -1))) == "baseline")
        #expect(try store.verdict("S-2") == "baseline", "S-2 was adopted a year before S-1 took effect")
        #expect(try store.verdict("S-1") != "baseline")
    }

    @Test func aJustificationWhoseMeasurementIsNotInEffectYetIsSpeculativeNotUnjustified() throws {
        let (store, adopted) = try Self.catalog()
        defer { store.remove() }
        try store.measurements.record(.init(metric: .latencyP99Ms, value: 180, source: .production), about: "W-1", store.by())
        let observed = try store.lastRecordedAt()
        let decided = Timestamp(microseconds: observed.microseconds - 1)
        try store.decide("Cache", [
            .adopt("redis", name: "orders-cache", role: .cache, because: [.measuredBottleneck(measurements: ["M-1"])]),
        ], effective: decided)
        #expect(decided > adopted)

        #expect(try store.verdict("S-2") == "speculative", "cites a measurement observed after it took effect")
        let then = try #require(try store.audit("S-2", at: Moment(validAt: decided)))
        #expect(then.verdict == "speculative", "a justification was given; it cites nothing observed by then")
    }

    @Test func theAuditAsOfAnInstantIsTheOneGivenThen() throws {
        let (store, _) = try Self.catalog()
        defer { store.remove() }
        try store.measurements.record(.init(metric: .latencyP99Ms, value: 180, source: .production), about: "W-1", store.by())
        try store.decide("Cache", [
            .adopt("redis", name: "orders-cache", role: .cache, because: [.measuredBottleneck(measurements: ["M-1"])]),
        ])
        let justifiedAt = try store.lastRecordedAt()
        try store.measurements.retract("M-1", reason: "wrong cluster", store.by())
        let retractedAt = try store.lastRecordedAt()

        #expect(try store.verdict("S-2", at: Moment(asOf: .instant(justifiedAt))) == "justified")
        #expect(try store.verdict("S-2", at: Moment(asOf: .instant(retractedAt))) == "stale")
        #expect(try store.findingCodes("S-2", at: Moment(asOf: .instant(justifiedAt))).isEmpty)
        #expect(try store.findingCodes("S-2", at: Moment(asOf: .instant(retractedAt))) == ["premature-polyglot"])
    }
}
