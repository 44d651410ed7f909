import Foundation
import Strata
import StrataJSON

/// Realistic ~250-byte measurement payloads, different for every event.
enum Payload {
    static func make(_ index: Int) -> String {
        let metric = ["latency-p99-ms", "reads-per-second", "writes-per-second", "storage-gb"][index % 4]
        var payload = JSONObjectBuilder()
        payload.add("measurementID", "M-\(index)")
        payload.add("subject", "workload-checkout-\(index % 97)")
        payload.add("metric", metric)
        payload.add("value", .number(JSONNumber(Double(index % 1000) / 7)))
        payload.add("unit", "ms")
        payload.add("source", "production-monitoring")
        payload.add("target", 120)
        payload.add("note", "observed during the nightly batch window")
        payload.add("observedAt", "2026-01-\(10 + index % 18)T09:30:00Z")
        return payload.json
    }

    /// `count` events split into streams of `perStream`, each stream new.
    static func batch(start: Int, count: Int, perStream: Int = 100) -> [StreamAppend] {
        stride(from: start, to: start + count, by: perStream).map { first in
            let events = (first..<Swift.min(first + perStream, start + count)).map {
                NewEvent(eventType: "bench.recorded", data: make($0))
            }
            return StreamAppend(streamID: "bench-\(first)", expected: .noStream, events: events)
        }
    }
}
