import GRDB
import Testing
import Strata
import StrataProjections
import StrataTestSupport

/// However the read models were folded (inline with every append, caught up in batches of any
/// size, or by a mix of writers with and without the hook), a rebuild from position 0 gives
/// the same rows in every `rm_*` table, snapshots and flags included.
@Suite struct RebuildEqualsIncrementalTests {
    static let snapshots = SnapshotPolicy(stride: 3)

    @Test func realisticHistoryRebuildsToTheSameTables() throws {
        let store = try ReadModelStore(snapshots: Self.snapshots)
        defer { store.remove() }
        try RealisticHistory.record(in: store)

        let incremental = try Self.dump(store.log)
        #expect(incremental.tables["rm_snapshots"]?.isEmpty == false, "the stride is small enough to take snapshots")
        #expect(incremental.tables["rm_audit_findings"]?.isEmpty == false)
        try Self.expectRebuildEquals(incremental, store)
    }

    @Test(arguments: 0..<10 as Range<UInt64>)
    func randomHistoryRebuildsToTheSameTables(seed: UInt64) throws {
        let store = try ReadModelStore(snapshots: Self.snapshots)
        defer { store.remove() }
        var commands = RandomCommands(seed: seed, clock: store.clock)
        try commands.run(50, on: store.log)
        #expect(commands.recorded >= 20, "seed \(seed): the generator mostly issues commands the domain accepts")

        try Self.expectRebuildEquals(try Self.dump(store.log), store)
    }

    @Test(arguments: [1, 4, 17])
    func catchingUpInBatchesEqualsRebuild(batch: Int) throws {
        let store = try ReadModelStore(snapshots: Self.snapshots, inline: false)
        defer { store.remove() }
        let runner = ProjectionRunner([store.projection])
        var commands = RandomCommands(seed: 100 + UInt64(batch), clock: store.clock)
        for index in 1...50 {
            try commands.step(on: store.log)
            if index % batch == 0 { try runner.catchUp(store.log) }
        }
        try runner.catchUp(store.log)

        try Self.expectRebuildEquals(try Self.dump(store.log), store)
    }

    @Test func writersWithAndWithoutTheHookEqualRebuild() throws {
        let store = try ReadModelStore(snapshots: Self.snapshots, inline: false)
        defer { store.remove() }
        let inline = try store.inlineWriter()
        var commands = RandomCommands(seed: 7, clock: store.clock)
        var choice = SeededGenerator(seed: 77)
        for _ in 1...50 {
            try commands.step(on: choice.chance(0.5) ? inline : store.log)
        }
        try ProjectionRunner([store.projection]).catchUp(store.log)

        try Self.expectRebuildEquals(try Self.dump(store.log), store)
    }

    /// Past 10,000 events the rebuild reads the log on a second thread: the tables must come
    /// out as the inline fold left them, and a payload that does not decode must fail the fold.
    @Test func aLongRebuildReadAheadGivesTheSameTables() throws {
        let store = try ReadModelStore(snapshots: Self.snapshots)
        defer { store.remove() }
        for start in stride(from: 0, to: 12_000, by: 3_000) {
            let ticks = (start..<start + 3_000).map { NewEvent(eventType: "tick", data: "{\"n\":\($0)}") }
            try store.log.append(ticks, to: "tick-\(start)", expected: .noStream, metadata: EventMetadata(actor: "test"))
        }
        try RealisticHistory.record(in: store)
        try Self.expectRebuildEquals(try Self.dump(store.log), store)

        let unhooked = try SQLiteEventLog.open(at: store.path)
        try unhooked.append([NewEvent(eventType: "context.defined", data: "{\"name\":7}")], to: "context-x", expected: .noStream, metadata: EventMetadata(actor: "test"))
        let event = try #require(try unhooked.events(EventQuery(after: 0)).last)
        var expected = ""
        do { _ = try DomainFact(event) } catch { expected = "\(error)" }
        #expect(!expected.isEmpty, "the payload was meant not to decode")
        #expect {
            try ProjectionRunner([ReadModelProjection(snapshots: Self.snapshots)]).rebuild(unhooked)
        } throws: { error in
            "\(error)" == expected
        }
    }

    /// Every `rm_*` table of the store file.
    static func dump(_ log: SQLiteEventLog) throws -> ReadModelDump {
        try log.read { try ReadModelDump.of($0) }
    }

    static func expectRebuildEquals(
        _ incremental: ReadModelDump, _ store: ReadModelStore, sourceLocation: SourceLocation = #_sourceLocation
    ) throws {
        try ProjectionRunner([ReadModelProjection(snapshots: snapshots)]).rebuild(store.log)
        let rebuilt = try dump(store.log)
        #expect(rebuilt.rowCount > 0, sourceLocation: sourceLocation)
        #expect(rebuilt == incremental, "\(rebuilt.differences(from: incremental))", sourceLocation: sourceLocation)
    }
}
