import Foundation
import Testing
import Strata
import StrataTestSupport

/// Durable idempotency by event id: a retry is answered from the log itself.
@Suite struct IdempotencyTests {
    @Test func retryWithSameContentReturnsOriginalPositions() throws {
        let store = try TemporaryStore()
        defer { store.remove() }
        let events = [note("a"), note("b")]
        let first = try store.log.append(events, to: "note-1", expected: .noStream, metadata: testMetadata)
        try store.log.appendNotes(1, to: "note-2")

        let retry = try store.log.append(events, to: "note-1", expected: .noStream, metadata: testMetadata)
        #expect(retry.wasAlreadyStored)
        #expect(retry.events == first.events)
        #expect(retry.head.position == 3, "the head reported is the log's current head")
        #expect(try store.log.head().position == 3, "nothing new was written")
    }

    @Test func retryOfAMultiStreamAppendReturnsEveryOriginalPlacement() throws {
        let store = try TemporaryStore()
        defer { store.remove() }
        let appends = [
            StreamAppend(streamID: "order-1", expected: .noStream, events: [note("o")]),
            StreamAppend(streamID: "stock-1", expected: .noStream, events: [note("s")]),
        ]
        let first = try store.log.append(appends, metadata: testMetadata)
        let retry = try store.log.append(appends, metadata: testMetadata)
        #expect(retry.wasAlreadyStored)
        #expect(retry.events == first.events)
    }

    @Test func sameIdWithDifferentPayloadIsAConflict() throws {
        let store = try TemporaryStore()
        defer { store.remove() }
        let original = note("original")
        try store.log.append([original], to: "note-1", expected: .any, metadata: testMetadata)
        var changed = original
        changed.data = "{\"text\":\"changed\"}"

        let error = #expect(throws: EventLogError.self) {
            try store.log.append([changed], to: "note-1", expected: .any, metadata: testMetadata)
        }
        #expect(error == .idempotencyConflict(eventID: original.eventID, reason: "its payload differs"))
        #expect("\(try #require(error))".contains(original.eventID))
        #expect(try store.log.head().position == 1)
    }

    @Test func payloadComparisonIsByteExact() throws {
        let store = try TemporaryStore()
        defer { store.remove() }
        let original = NewEvent(eventType: "note.written", data: "{\"a\":1,\"b\":2}")
        try store.log.append([original], to: "note-1", expected: .any, metadata: testMetadata)
        var reordered = original
        reordered.data = "{\"b\":2,\"a\":1}"
        #expect(throws: EventLogError.idempotencyConflict(eventID: original.eventID, reason: "its payload differs")) {
            try store.log.append([reordered], to: "note-1", expected: .any, metadata: testMetadata)
        }
    }

    @Test(arguments: ["stream", "event type", "schema version", "effective time"])
    func sameIdWithOtherDifferenceIsAConflict(what: String) throws {
        let store = try TemporaryStore()
        defer { store.remove() }
        let original = NewEvent(eventType: "note.written", data: "{}", effectiveAt: Timestamp(microseconds: 1_000_000))
        try store.log.append([original], to: "note-1", expected: .any, metadata: testMetadata)
        var retry = original
        var stream = "note-1"
        switch what {
        case "stream": stream = "note-2"
        case "event type": retry.eventType = "note.erased"
        case "schema version": retry.schemaVersion = 2
        default: retry.effectiveAt = Timestamp(microseconds: 2_000_000)
        }
        #expect(throws: EventLogError.idempotencyConflict(eventID: original.eventID, reason: "its \(what) differs")) {
            try store.log.append([retry], to: stream, expected: .any, metadata: testMetadata)
        }
    }

    @Test func partialOverlapIsAConflictAndWritesNothing() throws {
        let store = try TemporaryStore()
        defer { store.remove() }
        let stored = note("stored")
        try store.log.append([stored], to: "note-1", expected: .any, metadata: testMetadata)
        let fresh = note("fresh")

        let error = #expect(throws: EventLogError.self) {
            try store.log.append([stored, fresh], to: "note-1", expected: .any, metadata: testMetadata)
        }
        guard case .idempotencyConflict(let id, let reason)? = error else {
            Issue.record("expected idempotencyConflict, got \(String(describing: error))")
            return
        }
        #expect(id == stored.eventID)
        #expect(reason.contains(fresh.eventID))
        #expect(try store.log.head().position == 1)
    }

    @Test func survivesReopeningTheStore() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let path = directory.path("store.db")
        let events = [note("a"), note("b")]
        let first = try SQLiteEventLog.create(at: path)
            .append(events, to: "note-1", expected: .noStream, metadata: testMetadata)

        let reopened = try SQLiteEventLog.open(at: path)
        let retry = try reopened.append(events, to: "note-1", expected: .noStream, metadata: testMetadata)
        #expect(retry.wasAlreadyStored)
        #expect(retry.events == first.events)
        #expect(try reopened.head().position == 2)
    }

    @Test func retryIgnoresTheExpectedVersionItWasFirstCheckedAgainst() throws {
        let store = try TemporaryStore()
        defer { store.remove() }
        let event = note()
        try store.log.append([event], to: "note-1", expected: .exact(0), metadata: testMetadata)
        try store.log.appendNotes(2, to: "note-1")
        let retry = try store.log.append([event], to: "note-1", expected: .exact(0), metadata: testMetadata)
        #expect(retry.wasAlreadyStored)
        #expect(retry.events.map(\.streamVersion) == [1])
    }
}
