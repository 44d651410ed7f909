import Foundation
import Testing
import Strata

/// A large log is read through the callback, one event at a time, never as an array.
@Suite struct StreamingReadTests {
    @Test func readsFiftyThousandEventsThroughTheCallback() throws {
        let store = try TemporaryStore()
        defer { store.remove() }
        let total = 50_000, batch = 5_000
        for start in stride(from: 0, to: total, by: batch) {
            let events = (start..<start + batch).map { NewEvent(eventType: "tick", data: "{\"n\":\($0)}") }
            try store.log.append(events, to: "tick-\(start / batch)", expected: .noStream, metadata: testMetadata)
        }

        var count = 0
        var expected: Int64 = 1
        var gapless = true
        var lastHash = EventHasher.genesis(storeID: store.log.storeID)
        var chained = true
        try store.log.read(.all) { event in
            count += 1
            gapless = gapless && event.position == expected
            chained = chained && event.prevHash == lastHash
            expected += 1
            lastHash = event.hash
        }
        #expect(count == total)
        #expect(gapless)
        #expect(chained)

        var ticks = 0
        try store.log.read(EventQuery(after: 49_990, category: "tick")) { _ in ticks += 1 }
        #expect(ticks == 10)
        #expect(try store.log.verify().eventCount == Int64(total))
    }
}
