import Testing
import Strata
import StrataProjections

/// An as-of build (which starts from the newest snapshot at or before the cut) holds, at every
/// position of the log, exactly what folding positions 1…p from nothing holds; a valid-time
/// build holds what folding only the events in effect then holds.
@Suite struct AsOfEqualsFreshFoldTests {
    @Test(arguments: [11, 12] as [UInt64])
    func everyPositionOfARandomHistory(seed: UInt64) throws {
        let store = try ReadModelStore(snapshots: SnapshotPolicy(stride: 3))
        defer { store.remove() }
        var commands = RandomCommands(seed: seed, clock: store.clock)
        try commands.run(25, on: store.log)
        try Self.expectEveryPositionMatches(store)
    }

    @Test func everyPositionOfTheRealisticHistoryAndTheLiveTables() throws {
        let store = try ReadModelStore(snapshots: SnapshotPolicy(stride: 3))
        defer { store.remove() }
        try RealisticHistory.record(in: store)
        let reference = try Self.expectEveryPositionMatches(store)

        let live = try store.log.read { try ReadModelDump.of($0, excluding: ReadModelDump.bookkeeping) }
        #expect(live.rowCount > 0)
        #expect(live == reference, "live tables: \(live.differences(from: reference))")
    }

    @Test func validTimesAndCutsOfTheRealisticHistory() throws {
        let store = try ReadModelStore(snapshots: SnapshotPolicy(stride: 3))
        defer { store.remove() }
        try RealisticHistory.record(in: store)
        let head = try store.log.head().position
        let instants = Set(try store.log.events().map(\.effectiveAt)).sorted()
        let sampled = instants.enumerated().filter { $0.offset % 3 == 0 }.map(\.element) + [instants[0].adding(seconds: -1)]
        for validAt in sampled {
            for cut in [head / 2, head] {
                var reference = try FreshFold(schemaOf: store.log)
                try reference.advance(to: cut, in: store.log, validAt: validAt)
                let expected = try reference.dump()
                let moment = cut == head ? Moment(validAt: validAt) : Moment(asOf: .position(cut), validAt: validAt)
                let built = try store.readSide.dump(at: moment)
                #expect(built.position == cut)
                #expect(built.dump == expected, "as of \(cut), valid at \(validAt): \(built.dump.differences(from: expected))")
            }
        }
    }

    /// Compares the build at every position 0…head with a fresh fold advanced one event at a
    /// time; returns the fold at the head.
    @discardableResult
    static func expectEveryPositionMatches(
        _ store: ReadModelStore, sourceLocation: SourceLocation = #_sourceLocation
    ) throws -> ReadModelDump {
        let head = try store.log.head().position
        let snapshots = try store.log.read { db in try Int.fetchOne(db, sql: "SELECT count(*) FROM rm_snapshots") ?? 0 }
        #expect(snapshots > 1, "the builds start from snapshots", sourceLocation: sourceLocation)
        var reference = try FreshFold(schemaOf: store.log)
        var expected = try reference.dump()
        for position in 0...head {
            try reference.advance(to: position, in: store.log)
            expected = try reference.dump()
            let built = try store.readSide.dump(at: Moment(asOf: .position(position)))
            #expect(built.position == position, sourceLocation: sourceLocation)
            #expect(
                built.dump == expected, "as of position \(position): \(built.dump.differences(from: expected))",
                sourceLocation: sourceLocation)
            if built.dump != expected { break }
        }
        return expected
    }
}
