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
