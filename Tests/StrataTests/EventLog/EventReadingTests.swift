import Foundation
import Testing
import Strata

/// Reading the log: forward from a position, filtered, and cut at a position or an instant.
@Suite struct EventReadingTests {
    /// Six events at one-second steps: note-1 ×3, task-1 ×2, note-2 ×1, two event types.
    private func seededStore() throws -> (TemporaryStore, ManualClock) {
        let clock = ManualClock()
        let store = try TemporaryStore(clock: clock.closure)
        let plan: [(String, String)] = [
            ("note-1", "note.written"), ("task-1", "task.opened"), ("note-1", "note.edited"),
            ("note-2", "note.written"), ("task-1", "task.closed"), ("note-1", "note.edited"),
        ]
        for (stream, type) in plan {
            try store.log.append([note(type: type)], to: stream, expected: .any, metadata: testMetadata)
            clock.advance(microseconds: 1_000_000)
        }
        return (store, clock)
    }

    private func positions(_ log: SQLiteEventLog, _ query: EventQuery) throws -> [Int64] {
        try log.events(query).map(\.position)
    }

    /// A row hands out the row before's text and hash when the bytes are equal: only then.
    @Test func repeatedColumnsReadAsStoredRowByRow() throws {
        let (store, _) = try seededStore()
        defer { store.remove() }
        let before = try store.log.events()
        #expect(before.map(\.eventType) == ["note.written", "task.opened", "note.edited", "note.written", "task.closed", "note.edited"])
        #expect(zip(before.dropFirst(), before).allSatisfy { $0.prevHash == $1.hash })
        // Text that is not UTF-8, in two rows running, reads as its repair both times (a hand
        // edit; the hash no longer matches, which is verify's to report).
        try store.connectionWithoutTriggers().write { db in
            try db.execute(sql: "UPDATE events SET event_type = CAST(X'6E6F7465FF' AS TEXT) WHERE position IN (2, 3)")
            try db.execute(sql: "UPDATE events SET prev_hash = zeroblob(32) WHERE position = 5")
        }
        let after = try store.log.events()
        #expect(after.map(\.eventType) == ["note.written", "note\u{FFFD}", "note\u{FFFD}", "note.written", "task.closed", "note.edited"])
        #expect(after[4].prevHash == [UInt8](repeating: 0, count: 32))
        #expect(after[5].prevHash == after[4].hash)
        #expect(after.map(\.streamID) == before.map(\.streamID))
        #expect(after.map(\.metadata) == before.map(\.metadata))
    }

    @Test func readsForwardFromAPositionExclusive() throws {
        let (store, _) = try seededStore()
        defer { store.remove() }
        #expect(try positions(store.log, EventQuery(after: 0)) == [1, 2, 3, 4, 5, 6])
        #expect(try positions(store.log, EventQuery(after: 4)) == [5, 6])
        #expect(try positions(store.log, EventQuery(after: 6)) == [])
        #expect(try positions(store.log, EventQuery(after: 2, limit: 2)) == [3, 4])
    }

    @Test func readsOneStream() throws {
        let (store, _) = try seededStore()
        defer { store.remove() }
        let events = try store.log.events(EventQuery(streamID: "note-1"))
        #expect(events.map(\.position) == [1, 3, 6])
        #expect(events.map(\.streamVersion) == [1, 2, 3])
        #expect(try positions(store.log, EventQuery(streamID: "note-9")) == [])
    }

    @Test func readsOneCategory() throws {
        let (store, _) = try seededStore()
        defer { store.remove() }
        #expect(try positions(store.log, EventQuery(category: "note")) == [1, 3, 4, 6])
        #expect(try positions(store.log, EventQuery(category: "task")) == [2, 5])
        #expect(try positions(store.log, EventQuery(category: "not")) == [], "a category is not a prefix match")
    }

    @Test func readsOneEventType() throws {
        let (store, _) = try seededStore()
        defer { store.remove() }
        #expect(try positions(store.log, EventQuery(eventType: "note.edited")) == [3, 6])
        #expect(try positions(store.log, EventQuery(category: "note", eventType: "note.written")) == [1, 4])
        #expect(try positions(store.log, EventQuery(after: 3, streamID: "note-1", eventType: "note.edited")) == [6])
    }

    @Test func readsUpToAPositionInclusive() throws {
        let (store, _) = try seededStore()
        defer { store.remove() }
        #expect(try positions(store.log, EventQuery(upTo: .position(4))) == [1, 2, 3, 4])
        #expect(try positions(store.log, EventQuery(upTo: .position(0))) == [])
        #expect(try positions(store.log, EventQuery(upTo: .position(99))) == [1, 2, 3, 4, 5, 6])
        #expect(try positions(store.log, EventQuery(upTo: .position(4), streamID: "task-1")) == [2])
        #expect(try store.log.position(at: .position(99)) == 6)
    }

    @Test func readsUpToAnInstantInclusive() throws {
        let (store, _) = try seededStore()
        defer { store.remove() }
        let third = try #require(try store.log.events(EventQuery(after: 2, limit: 1)).first).recordedAt
        #expect(try positions(store.log, EventQuery(upTo: .instant(third))) == [1, 2, 3])
        let justBefore = Timestamp(microseconds: third.microseconds - 1)
        #expect(try positions(store.log, EventQuery(upTo: .instant(justBefore))) == [1, 2])
        #expect(try positions(store.log, EventQuery(upTo: .instant(Timestamp(microseconds: 0)))) == [])
        #expect(try store.log.position(at: .instant(third)) == 3)
    }

    /// The cut is found by bisecting positions, not by an index of times: runs of events sharing
    /// one time, and gaps between times, must give what a scan of every event gives.
    @Test func anInstantCutsWhereAScanOfEveryEventWould() throws {
        let clock = ManualClock()
        let store = try TemporaryStore(clock: clock.closure)
        defer { store.remove() }
        #expect(try store.log.position(at: .instant(clock.now)) == 0)
        let steps: [Int64] = [0, 0, 5, 1, 0, 0, 0, 2, 7, 0, 1, 3, 0, 0, 4, 1, 0, 9, 0, 2, 0, 0, 0, 1, 6, 0, 2]
        for step in steps {
            clock.advance(microseconds: step)
            try store.log.append([note()], to: "note-1", expected: .any, metadata: testMetadata)
        }
        let times = try store.log.events(EventQuery(after: 0)).map(\.recordedAt.microseconds)
        #expect(times.count == steps.count)
        for instant in (times.first! - 2)...(times.last! + 2) {
            let scanned = Int64(times.lastIndex { $0 <= instant }.map { $0 + 1 } ?? 0)
            #expect(try store.log.position(at: .instant(Timestamp(microseconds: instant))) == scanned, "at \(instant)")
        }
    }

    @Test func readingSeesAConsistentSnapshotWhileOthersAppend() throws {
        let (store, _) = try seededStore()
        defer { store.remove() }
        let other = try SQLiteEventLog.open(at: store.path)
        var seen: [Int64] = []
        try store.log.read(.all) { event in
            if event.position == 1 { try other.appendNotes(2, to: "note-3") }
            seen.append(event.position)
        }
        #expect(seen == [1, 2, 3, 4, 5, 6])
        #expect(try store.log.head().position == 8)
    }

    @Test func anErrorThrownByTheCallbackStopsTheRead() throws {
        struct Stop: Error {}
        let (store, _) = try seededStore()
        defer { store.remove() }
        var count = 0
        #expect(throws: Stop.self) {
            try store.log.read(.all) { _ in
                count += 1
                if count == 2 { throw Stop() }
            }
        }
        #expect(count == 2)
    }
}
