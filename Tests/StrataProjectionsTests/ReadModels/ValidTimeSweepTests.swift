import Foundation
import Testing
import Strata
import StrataProjections

/// One sweep over the log answers, at every instant, exactly what a valid-time build of that
/// instant alone answers, however the facts were backdated.
@Suite struct ValidTimeSweepTests {
    @Test(arguments: [3, 11, 12, 29] as [UInt64])
    func everyInstantOfARandomHistory(seed: UInt64) throws {
        let store = try ReadModelStore()
        defer { store.remove() }
        var commands = RandomCommands(seed: seed, clock: store.clock)
        try commands.run(120, on: store.log)
        try Self.expectSweepMatchesBuilds(store)
        try Self.expectTimelineMatchesBuilds(store)
    }

    @Test func everyInstantOfTheRealisticHistory() throws {
        let store = try ReadModelStore()
        defer { store.remove() }
        try RealisticHistory.record(in: store)
        try Self.expectSweepMatchesBuilds(store)
        try Self.expectTimelineMatchesBuilds(store)
    }

    /// A revision recorded last but effective first is folded first by the sweep; the builds fold
    /// it last, so the earlier-recorded revision must still lose to it afterwards.
    @Test func aBackdatedRevisionOfTheSameWorkloadStillWinsInLogOrder() throws {
        let store = try ReadModelStore()
        defer { store.remove() }
        let founded = ReadModelStore.founded
        try store.contexts.define(name: "catalog", description: "", store.founding)
        try store.addWorkload(#"{"name": "orders", "accessPatterns": ["key-lookup"]}"#, context: "C-1", store.founding)
        let later = founded.adding(seconds: 30 * 86_400), earlier = founded.adding(seconds: 10 * 86_400)
        for (name, instant) in [("recorded-first", later), ("recorded-last", earlier)] {
            let profile = try WorkloadService.parseProfile(Data(#"{"name": "\#(name)", "accessPatterns": ["key-lookup"]}"#.utf8))
            try store.workloads.revise("W-1", profile: profile, store.by(effective: instant))
        }
        let swept = try store.readSide.architectures(asOf: nil, validAt: [earlier, later])
        #expect(swept.map { $0.contexts.first?.workloads.first?.name } == ["recorded-last", "recorded-last"])
        try Self.expectSweepMatchesBuilds(store)
        try Self.expectTimelineMatchesBuilds(store)
    }

    @Test func instantsComeBackInTheOrderAsked() throws {
        let store = try ReadModelStore()
        defer { store.remove() }
        try RealisticHistory.record(in: store)
        let instants = Set(try store.log.events().map(\.effectiveAt)).sorted()
        let asked = [instants.last!, instants.first!, instants.last!]
        let swept = try store.readSide.architectures(asOf: nil, validAt: asked)
        #expect(swept.map(\.validAt) == asked.map(\.iso8601))
        #expect(try store.readSide.architectures(asOf: nil, validAt: []).isEmpty)
    }

    /// Every distinct effective instant (and one before them all), at the head and half way.
    static func expectSweepMatchesBuilds(_ store: ReadModelStore, sourceLocation: SourceLocation = #_sourceLocation) throws {
        let head = try store.log.head().position
        let instants = Set(try store.log.events().map(\.effectiveAt)).sorted()
        let asked = [instants[0].adding(seconds: -1)] + instants
        for cut in [nil, TimeCut.position(head / 2)] {
            let swept = try store.readSide.architectures(asOf: cut, validAt: asked)
            #expect(swept.count == asked.count, sourceLocation: sourceLocation)
            for (instant, report) in zip(asked, swept) {
                let built = try store.readSide.query(Moment(asOf: cut, validAt: instant)) { try ArchitectureReport.build($0) }
                #expect(report == built, "as of \(String(describing: cut)), valid at \(instant.iso8601)", sourceLocation: sourceLocation)
                if report != built { return }
            }
        }
    }

    /// The valid-time timeline answers, at every distinct effective instant (and one before them
    /// all, and one in between two), the design and the audit a valid-time build of it answers.
    static func expectTimelineMatchesBuilds(_ store: ReadModelStore, sourceLocation: SourceLocation = #_sourceLocation) throws {
        let head = try store.log.head().position
        let instants = Set(try store.log.events().map(\.effectiveAt)).sorted()
        let asked = [instants[0].adding(seconds: -1)] + instants + [instants[instants.count / 2].adding(seconds: 1)]
        let now = Timestamp(microseconds: 1_800_000_000_000_000)
        for cut in [nil, TimeCut.position(head / 2)] {
            let timeline = try store.readSide.validTimeline(asOf: cut, now: now)
            #expect(timeline.changeCount > 0, sourceLocation: sourceLocation)
            for instant in asked {
                let (design, audit) = try store.readSide.query(Moment(asOf: cut, validAt: instant)) {
                    (try ArchitectureReport.build($0), try AuditReport.build($0, now: now))
                }
                let moment = "as of \(String(describing: cut)), valid at \(instant.iso8601)"
                #expect(timeline.design(at: instant) == design, "\(moment)", sourceLocation: sourceLocation)
                #expect(timeline.audit(at: instant) == audit, "\(moment)", sourceLocation: sourceLocation)
                if timeline.design(at: instant) != design || timeline.audit(at: instant) != audit { return }
            }
        }
    }
}
