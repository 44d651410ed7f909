import Foundation
import Strata

/// Realistic ~250-byte measurement payloads, different for every event.
enum Payload {
    static func make(_ index: Int) -> String {
        let metric = ["latency-p99-ms", "reads-per-second", "writes-per-second", "storage-gb"][index % 4]
        return "{\"measurementID\":\"M-\(index)\",\"subject\":\"workload-checkout-\(index % 97)\","
            + "\"metric\":\"\(metric)\",\"value\":\(Double(index % 1000) / 7),\"unit\":\"ms\","
            + "\"source\":\"production-monitoring\",\"target\":120,\"note\":\"observed during the nightly batch window\","
            + "\"observedAt\":\"2026-01-\(10 + index % 18)T09:30:00Z\"}"
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
