import Foundation
import Testing
import Strata

/// One append may write to several streams: all of it commits or none of it does.
@Suite struct MultiStreamAppendTests {
    @Test func appendsToSeveralStreamsInOneTransaction() throws {
        let store = try TemporaryStore()
        defer { store.remove() }
        try store.log.appendNotes(1, to: "order-1")
        let result = try store.log.append([
            StreamAppend(streamID: "order-1", expected: .exact(1), events: [note(), note()]),
            StreamAppend(streamID: "stock-9", expected: .noStream, events: [note()]),
        ], metadata: testMetadata)

        #expect(result.events.map(\.position) == [2, 3, 4])
        #expect(result.events.map(\.streamID) == ["order-1", "order-1", "stock-9"])
        #expect(result.events.map(\.streamVersion) == [2, 3, 1])
    }

    @Test func conflictOnTheSecondStreamWritesNothingForTheFirst() throws {
        let store = try TemporaryStore()
        defer { store.remove() }
        try store.log.appendNotes(1, to: "stock-9")
        let before = try store.log.head()

        #expect(throws: EventLogError.wrongExpectedVersion(stream: "stock-9", expected: .noStream, actual: 1)) {
            try store.log.append([
                StreamAppend(streamID: "order-1", expected: .noStream, events: [note(), note()]),
                StreamAppend(streamID: "stock-9", expected: .noStream, events: [note()]),
            ], metadata: testMetadata)
        }
        #expect(try store.log.head() == before)
        #expect(try store.log.events(EventQuery(streamID: "order-1")).isEmpty)
    }

    @Test func theSameStreamTwiceContinuesItsOwnVersions() throws {
        let store = try TemporaryStore()
        defer { store.remove() }
        let result = try store.log.append([
            StreamAppend(streamID: "note-1", expected: .noStream, events: [note()]),
            StreamAppend(streamID: "note-1", expected: .exact(1), events: [note()]),
        ], metadata: testMetadata)
        #expect(result.events.map(\.streamVersion) == [1, 2])
        #expect(try store.log.verify().isSound)
    }

    @Test func anEmptyStreamAppendBesideANonEmptyOneIsStillGuarded() throws {
        let store = try TemporaryStore()
        defer { store.remove() }
        try store.log.appendNotes(1, to: "lock-1")
        #expect(throws: EventLogError.wrongExpectedVersion(stream: "lock-1", expected: .exact(0), actual: 1)) {
            try store.log.append([
                StreamAppend(streamID: "lock-1", expected: .exact(0), events: []),
                StreamAppend(streamID: "note-1", expected: .any, events: [note()]),
            ], metadata: testMetadata)
        }
        #expect(try store.log.head().position == 1)
    }
}
