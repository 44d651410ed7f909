import Foundation
import Testing
import Strata

@Suite("Effects and justifications")
struct EffectTests {
    func adoption(_ name: String, context: String = "C-1", workloads: [String] = ["W-1"], because: [Justification] = [.freeText(text: "needed")]) -> ArchitectureEffect {
        .adoptStore(technology: .catalogue(.postgresql), name: name, context: context, role: .primary, workloads: workloads, justifications: because)
    }

    @Test func acceptingAppliesEffectsAtomicallyAtTheEffectiveTime() throws {
        let f = try DomainFixture().seeded(effective: Timestamp(parsing: "2025-01-01")); defer { f.remove() }
        try f.decisions.propose(DecisionContent(title: "pg", effects: [adoption("main-db")]), f.by(effective: Timestamp(parsing: "2025-05-20")))
        let when = try #require(Timestamp(parsing: "2025-06-01"))
        let change = try f.decisions.accept("ADR-1", f.by(effective: when))
        #expect(change.eventTypes == ["decision.accepted", "store.adopted"] && change.created.map(\.shortID) == ["S-1"])
        #expect(try f.log.events(EventQuery(eventType: "store.adopted")).first?.effectiveAt == when)
        let search = ArchitectureEffect.adoptStore(
            technology: .catalogue(.elasticsearch), name: "search", context: "C-1", role: .search, workloads: [],
            justifications: [.capability(capability: .fullText, workloads: ["W-1"])])
        try f.decisions.propose(DecisionContent(title: "es", effects: [
            search, .moveWorkload(workload: "W-1", from: "S-1", to: "new:search"),
            .changeTopology(store: "S-1", change: .readReplicas(count: 2)), .retireStore(store: "S-1"),
        ]), f.by())
        let second = try f.decisions.accept("ADR-2", f.by())
        #expect(second.eventTypes == ["decision.accepted", "store.adopted", "workload.moved", "store.topology-changed", "store.retired"])
        let architecture = try ArchitectureState.load(from: f.log)
        let w1 = try EntityResolver(log: f.log).resolve("W-1", as: .workload).id
        #expect(architecture.serving[w1] == [second.created[0].id])
    }

    @Test func effectsAreCheckedOnProposalAndAgainOnAcceptance() throws {
        let f = try DomainFixture().seeded(); defer { f.remove() }
        try f.decisions.propose(DecisionContent(title: "pg", effects: [adoption("main-db")]), f.by())
        try f.decisions.propose(DecisionContent(title: "pg again", effects: [adoption("main-db")]), f.by())
        try f.decisions.accept("ADR-1", f.by())
        #expect(try f.refuses(containing: "already in use (S-1)") { try f.decisions.accept("ADR-2", f.by()) })
        #expect(try f.decisions.state(of: "ADR-2").state.status == .proposed)
        #expect(try f.refuses(containing: "still serves W-1") {
            try f.decisions.propose(DecisionContent(title: "drop", effects: [.retireStore(store: "S-1")]), f.by())
        })
        #expect(try f.refuses(containing: "does not serve W-1") {
            try f.decisions.propose(DecisionContent(title: "x", effects: [adoption("b", workloads: []), .moveWorkload(workload: "W-1", from: "new:b", to: "S-1")]), f.by())
        })
        #expect(try f.refuses(containing: "needs a shard key") {
            try f.decisions.propose(DecisionContent(title: "x", effects: [.changeTopology(store: "S-1", change: .sharding(strategy: .hash, shardKey: ""))]), f.by())
        })
        #expect(try f.expectRefusal(.notFound(.store, "S-9")) {
            try f.decisions.propose(DecisionContent(title: "x", effects: [.retireStore(store: "S-9")]), f.by())
        })
    }

    @Test func aContextOwnsItsData() throws {
        let f = try DomainFixture().seeded(); defer { f.remove() }
        try f.contexts.define(name: "billing", f.by())
        #expect(try f.refuses(containing: "a context owns its data") {
            try f.decisions.propose(DecisionContent(title: "x", effects: [adoption("billing-db", context: "C-2")]), f.by())
        })
    }

    @Test func justificationsCiteStandingEvidence() throws {
        let f = try DomainFixture().seeded(); defer { f.remove() }
        try f.measurements.record(.init(metric: .latencyP99Ms, value: 180, source: .production), about: "W-1", f.by())
        try f.measurements.record(.init(metric: .latencyP99Ms, value: 10, source: .production), about: "W-1", f.by())
        #expect(try f.refuses(containing: "M-2 meets its target") {
            try f.decisions.propose(DecisionContent(title: "x", effects: [adoption("db", because: [.measuredBottleneck(measurements: ["M-2"])])]), f.by())
        })
        try f.decisions.propose(DecisionContent(title: "x", effects: [adoption("db", because: [.measuredBottleneck(measurements: ["M-1"])])]), f.by())
        try f.measurements.retract("M-1", reason: "wrong cluster", f.by())
        #expect(try f.refuses(containing: "M-1 was retracted") { try f.decisions.accept("ADR-1", f.by()) })
        #expect(try f.refuses(containing: "must name the workloads") {
            try f.decisions.propose(DecisionContent(title: "x", effects: [adoption("db2", because: [.accessPattern(workloads: [], note: nil)])]), f.by())
        })
    }

    @Test func concurrentCreatorsNeverShareAShortID() async throws {
        let f = try DomainFixture(); defer { f.remove() }
        let path = f.path
        let ids = try await withThrowingTaskGroup(of: [String].self) { group in
            for worker in 0..<4 {
                group.addTask {
                    let log = try SQLiteEventLog.open(at: path)
                    var out: [String] = []
                    for index in 0..<5 {
                        out.append(try DecisionService(log: log).propose(DecisionContent(title: "w\(worker)-\(index)"), CommandContext(actor: "w\(worker)")).subject.shortID)
                    }
                    return out
                }
            }
            return try await group.reduce(into: []) { $0 += $1 }
        }
        #expect(Set(ids).count == 20 && Set(ids) == Set((1...20).map { "ADR-\($0)" }))
    }

    @Test func aStaleWriterGetsAConflictNotACorruptLifecycle() throws {
        let f = try DomainFixture(); defer { f.remove() }
        try f.decisions.propose(DecisionContent(title: "A"), f.by())
        let ref = try EntityResolver(log: f.log).resolve("ADR-1", as: .decision)
        // Simulate a second process that decided on version 1 and appends after the first one won.
        try f.decisions.accept("ADR-1", f.by())
        let stale = DecisionRejected(decisionID: ref.id, by: "bob", reason: "no").newEvent()
        #expect(throws: EventLogError.self) {
            try f.log.append([stale], to: ref.streamID, expected: .exact(1), metadata: EventMetadata(actor: "bob"))
        }
        #expect(try f.decisions.state(of: "ADR-1").state.history.map(\.status) == [.proposed, .accepted])
    }
}
