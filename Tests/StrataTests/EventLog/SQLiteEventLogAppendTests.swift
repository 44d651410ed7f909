import Foundation
import Testing
import Strata

/// Positions, stream versions and categories assigned by `SQLiteEventLog.append`.
@Suite struct SQLiteEventLogAppendTests {
    @Test func positionsAreGlobalOneBasedAndGapless() throws {
        let store = try TemporaryStore()
        defer { store.remove() }
        try store.log.appendNotes(3, to: "note-a")
        try store.log.append([note(), note()], to: "note-b", expected: .any, metadata: testMetadata)
        try store.log.appendNotes(2, to: "note-a")

        let events = try store.log.events()
        #expect(events.map(\.position) == Array(1...7))
        #expect(try store.log.head().position == 7)
    }

    @Test func streamVersionsCountPerStream() throws {
        let store = try TemporaryStore()
        defer { store.remove() }
        try store.log.appendNotes(2, to: "note-a")
        try store.log.appendNotes(1, to: "note-b")
        try store.log.appendNotes(2, to: "note-a")

        let events = try store.log.events()
        #expect(events.map(\.streamID) == ["note-a", "note-a", "note-b", "note-a", "note-a"])
        #expect(events.map(\.streamVersion) == [1, 2, 1, 3, 4])
    }

    @Test func appendReportsWhereEachEventLanded() throws {
        let store = try TemporaryStore()
        defer { store.remove() }
        try store.log.appendNotes(1, to: "note-a")
        let first = note(), second = note()
        let result = try store.log.append([first, second], to: "note-b", expected: .noStream, metadata: testMetadata)

        #expect(!result.wasAlreadyStored)
        #expect(result.events.map(\.eventID) == [first.eventID, second.eventID])
        #expect(result.events.map(\.position) == [2, 3])
        #expect(result.events.map(\.streamVersion) == [1, 2])
        #expect(result.head == (try store.log.head()))
        #expect(result.head.position == 3)
    }

    @Test(arguments: [
        ("decision-0193", "decision"), ("workload", "workload"), ("a-b-c", "a"), ("x-", "x"),
    ])
    func categoryIsTheStreamIdBeforeItsFirstDash(stream: String, category: String) throws {
        let store = try TemporaryStore()
        defer { store.remove() }
        try store.log.append([note()], to: stream, expected: .any, metadata: testMetadata)
        #expect(try store.log.events().first?.category == category)
        #expect(StreamName.category(of: stream) == category)
    }

    @Test func emptyLogHeadIsPositionZeroAtTheGenesisHash() throws {
        let store = try TemporaryStore()
        defer { store.remove() }
        let head = try store.log.head()
        #expect(head.position == 0)
        #expect(head.hash == EventHasher.genesis(storeID: store.log.storeID))
        #expect(head.anchor == "0:" + Hex.encode(head.hash))
    }
}
