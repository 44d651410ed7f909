import Testing
import Strata
import StrataProjections

/// Two clocks: `asOf` asks what the log knew at an instant ("what we believed then"),
/// `validAt` asks what was in effect at an instant as we know it now, backdated facts included.
@Suite struct BitemporalQueryTests {
    /// A catalog with the orders workload (W-1, p99 target 50 ms) served by Postgres (S-1, ADR-1).
    static func catalog() throws -> ReadModelStore {
        let store = try ReadModelStore()
        try store.contexts.define(name: "catalog", store.founding)
        try store.addWorkload(#"{"name":"orders","accessPatterns":["relational"],"latencyP99Ms":50}"#, store.founding)
        try store.decide("Postgres", [.adopt("postgresql", name: "main-db", workloads: ["W-1"])])
        return store
    }

    @Test func aBackdatedMeasurementIsNotWhatWeBelievedThen() throws {
        let store = try Self.catalog()
        defer { store.remove() }
        let believedAt = try store.lastRecordedAt()
        let observed = believedAt.adding(seconds: -3_600)
        try store.measurements.record(.init(metric: .latencyP99Ms, value: 180, source: .production), about: "W-1", store.by(effective: observed))

        let then = try store.readSide.query(Moment(asOf: .instant(believedAt))) { try $0.reader.measurements().map(\.shortID) }
        let now = try store.readSide.query(.now) { try $0.reader.measurements() }
        let inEffect = try store.readSide.query(Moment(validAt: believedAt)) { try $0.reader.measurements().map(\.shortID) }
        let beforeObserved = try store.readSide.query(Moment(validAt: observed.adding(seconds: -1))) {
            try $0.reader.measurements().map(\.shortID)
        }
        #expect(then.isEmpty)
        #expect(now.map(\.shortID) == ["M-1"] && now.first?.observedAt == observed && now.first?.isBottleneck == true)
        #expect(inEffect == ["M-1"])
        #expect(beforeObserved.isEmpty)
    }

    @Test func inValidTimeAMeasurementMeetsTheTargetInEffectWhenObserved() throws {
        let store = try Self.catalog()
        defer { store.remove() }
        let observed = try store.lastRecordedAt()
        try store.reviseWorkload("W-1", #"{"name":"orders","accessPatterns":["relational"],"latencyP99Ms":500}"#)
        try store.measurements.record(.init(metric: .latencyP99Ms, value: 180, source: .production), about: "W-1", store.by(effective: observed))

        let then = try #require(try store.readSide.query(Moment(validAt: observed)) { try $0.reader.measurements().first })
        #expect(then.target == 50 && then.isBottleneck, "the 500 ms target took effect after the figure was observed")
    }

    @Test func aBackdatedDecisionIsInEffectThenButWasNotBelievedThen() throws {
        let store = try ReadModelStore()
        defer { store.remove() }
        try store.contexts.define(name: "catalog", store.founding)
        try store.addWorkload(#"{"name":"orders","accessPatterns":["relational"]}"#, store.founding)
        let believedAt = try store.lastRecordedAt()
        let decided = believedAt.adding(seconds: -86_400)
        try store.decisions.propose(
            DecisionContent(title: "Postgres", effects: [.adopt("postgresql", name: "main-db", workloads: ["W-1"])]),
            store.by(effective: decided))
        try store.decisions.accept("ADR-1", store.by(effective: decided))

        let then = try store.readSide.query(Moment(asOf: .instant(believedAt))) { view in
            (try view.reader.stores().map(\.shortID), try view.reader.decisions().map(\.shortID))
        }
        #expect(then.0.isEmpty && then.1.isEmpty)
        let inEffect = try store.readSide.query(Moment(validAt: believedAt)) { view in
            (try view.reader.stores(), try view.reader.decision("ADR-1"))
        }
        #expect(inEffect.0.map(\.shortID) == ["S-1"] && inEffect.0.first?.adoptedAt == decided)
        #expect(inEffect.1?.status == "accepted" && inEffect.1?.acceptedAt == decided)
        let now = try store.readSide.query(.now) { try $0.reader.stores().map(\.shortID) }
        #expect(now == ["S-1"])
        let serving = try store.readSide.query(Moment(validAt: decided)) { try $0.reader.serving() }
        #expect(serving.values.flatMap { $0 }.count == 1, "the store serves W-1 from the moment it was adopted")
    }

    @Test func validTimeBeforeAnAdoptionHidesTheStore() throws {
        let store = try Self.catalog()
        defer { store.remove() }
        let adopted = try #require(try store.readSide.query(.now) { try $0.reader.stores().first?.adoptedAt })
        try store.decide("Cache", [.adopt("redis", name: "cache", role: .cache, because: [.freeText(text: "hot keys")])],
                         effective: adopted.adding(seconds: -600))

        func stores(validAt instant: Timestamp) throws -> [String] {
            try store.readSide.query(Moment(validAt: instant)) { try $0.reader.stores().map(\.shortID) }
        }
        #expect(try stores(validAt: adopted.adding(seconds: -601)).isEmpty)
        #expect(try stores(validAt: adopted.adding(seconds: -600)) == ["S-2"], "backdated before the first store")
        #expect(try stores(validAt: adopted.adding(seconds: -1)) == ["S-2"])
        #expect(try stores(validAt: adopted) == ["S-1", "S-2"])
        #expect(try store.verdict("S-2", at: Moment(validAt: adopted.adding(seconds: -1))) == "baseline",
                "in effect then, the cache was the context's only store")
    }

    @Test func asOfAnInstantBeforeTheLogIsEmpty() throws {
        let store = try Self.catalog()
        defer { store.remove() }
        let view = try store.readSide.dump(at: Moment(asOf: .instant(Timestamp(microseconds: 0))))
        #expect(view.position == 0 && view.dump.rowCount == 0)
    }
}
