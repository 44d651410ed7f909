import Foundation
import Testing
import Strata

/// Reading ahead on a second connection gives exactly what the ordinary scan gives, stops
/// cleanly when the consumer fails, and leaves the store usable.
@Suite struct ReadAheadTests {
    private func storeWithTicks(_ total: Int) throws -> TemporaryStore {
        let store = try TemporaryStore()
        for start in stride(from: 0, to: total, by: 1_000) {
            let events = (start..<min(start + 1_000, total)).map { NewEvent(eventType: "tick", data: "{\"n\":\($0)}") }
            try store.log.append(events, to: "tick-\(start)", expected: .noStream, metadata: testMetadata)
        }
        return store
    }

    @Test func yieldsTheSameEventsAsTheScanInsideAWriteTransaction() throws {
        let store = try storeWithTicks(9_500)
        defer { store.remove() }
        let expected = try store.log.events(EventQuery(after: 123))
        var seen: [RecordedEvent] = []
        try store.log.write { _ in try store.log.readAhead(after: 123) { seen.append($0) } }
        #expect(seen == expected)
        #expect(seen.count == 9_500 - 123)
    }

    /// Batches come back to the reading thread to be emptied and refilled: the events a
    /// consumer keeps must outlive that, and none may be handed out twice or skipped.
    @Test func eventsKeptByTheConsumerOutliveTheirRecycledBatches() throws {
        let store = try storeWithTicks(30_000)
        defer { store.remove() }
        var kept: [RecordedEvent] = []
        var positions: [Int64] = []
        try store.log.write { _ in
            try store.log.readAhead(after: 0) { event in
                positions.append(event.position)
                if event.position % 7 == 0 { kept.append(event) }
            }
        }
        #expect(positions == Array(1...30_000))
        #expect(kept.count == 30_000 / 7)
        #expect(kept.allSatisfy { $0.data == "{\"n\":\($0.position - 1)}" })
    }

    @Test func aFailingConsumerStopsTheReaderAndKeepsTheStoreUsable() throws {
        struct Stop: Error {}
        let store = try storeWithTicks(10_000)
        defer { store.remove() }
        var seen = 0
        #expect(throws: Stop.self) {
            try store.log.write { _ in
                try store.log.readAhead(after: 0) { _ in
                    seen += 1
                    if seen == 3_000 { throw Stop() }
                }
            }
        }
        #expect(seen == 3_000)
        try store.log.append([note()], to: "note-1", expected: .noStream, metadata: testMetadata)
        #expect(try store.log.head().position == 10_001)
    }

    @Test func anEmptyTailYieldsNothing() throws {
        let store = try storeWithTicks(10)
        defer { store.remove() }
        var seen = 0
        try store.log.readAhead(after: 10) { _ in seen += 1 }
        #expect(seen == 0)
    }
}
