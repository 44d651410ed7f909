import Foundation
import Testing
import Strata

/// The fast measurement reader must agree with `Codable` on every payload it answers, and step
/// aside (nil) on every payload it does not fully understand.
@Suite("Measurement fast decoding")
struct MeasurementFastDecodingTests {
    private func codable(_ payload: String) -> MeasurementRecorded? {
        try? JSONDecoder().decode(MeasurementRecorded.self, from: Data(payload.utf8))
    }

    @Test func agreesWithCodableOnStoredPayloads() throws {
        var generator = SystemRandomNumberGenerator()
        let values: [Double] = [0, -0.0, 1, 0.1, 1e-300, 1e300, -42.5, 123456789.123456789, .pi, .leastNonzeroMagnitude, Double(Int64.max)]
        for index in 0..<2_000 {
            let metric = Metric.allCases[index % Metric.allCases.count]
            let value = index < values.count ? values[index] : Double.random(in: -1e9...1e9, using: &generator)
            let event = MeasurementRecorded(
                measurementID: EventID.make(), number: Int.random(in: 1...Int(Int32.max), using: &generator),
                subject: .init(kind: index.isMultiple(of: 2) ? .workload : .store, id: EventID.make()),
                metric: metric, value: value, source: MeasurementSource.allCases[index % MeasurementSource.allCases.count],
                target: index.isMultiple(of: 3) ? nil : Double(index) / 7,
                note: index.isMultiple(of: 5) ? nil : "night batch ✓ \(index)")
            let payload = event.encodedJSON()
            let fast = try #require(MeasurementRecorded.decodeFast(payload), "fast path declined \(payload)")
            #expect(fast == event)
            #expect(fast == codable(payload))
        }
    }

    @Test func declinesOrAgreesOnUnusualPayloads() {
        let base = #""measurementID":"m-1","metric":"cpu-percent","number":3,"source":"production-monitoring","subject":{"id":"w-1","kind":"workload"},"unit":"%","value":91"#
        let payloads = [
            "{\(base)}",
            "{ \(base) , \"note\" : null, \"target\": null }\n",
            "{\(base),\"note\":\"said \\\"hi\\\"\"}",          // escaped quote: decoded
            "{\(base),\"note\":\"caf\\u00e9\"}",               // unicode escape: decoded
            "{\(base),\"note\":\"\\ud800\"}",                  // lone surrogate: declined
            "{\(base),\"extra\":1}",                            // unknown key: declined
            "{\(base),\"value\":92}",                           // repeated key: declined
            "{\(base.replacingOccurrences(of: "\"number\":3", with: "\"number\":3.0"))}",
            "{\(base.replacingOccurrences(of: "\"value\":91", with: "\"value\":1e400"))}",
            "{\(base.replacingOccurrences(of: "\"value\":91", with: "\"value\":-0"))}",
            "{\(base.replacingOccurrences(of: "\"value\":91", with: "\"value\":01"))}",
            "{\(base.replacingOccurrences(of: "\"value\":91", with: "\"value\":\"91\""))}",
            "{\(base.replacingOccurrences(of: "cpu-percent", with: "cpu-load"))}",
            "{\(base.replacingOccurrences(of: ",\"unit\":\"%\"", with: ""))}",
            "{\(base.replacingOccurrences(of: "\"kind\":\"workload\"", with: "\"kind\":\"workload\",\"x\":1"))}",
            "{\(base)} trailing",
            "{\(base),\"target\":[1]}",
            "{\(base),\"target\":true}",
            "{}",
            "[]",
            "",
        ]
        for payload in payloads {
            let expected = codable(payload)
            if let fast = MeasurementRecorded.decodeFast(payload) {
                #expect(fast == expected, "disagrees on \(payload)")
            }
            if expected == nil { #expect(MeasurementRecorded.decodeFast(payload) == nil, "accepted what Codable refuses: \(payload)") }
        }
        #expect(MeasurementRecorded.decodeFast("{\(base)}") != nil)
        // The one parser decodes escapes, so escaped text no longer leaves the fast path.
        #expect(MeasurementRecorded.decodeFast("{\(base),\"note\":\"said \\\"hi\\\"\"}")?.note == "said \"hi\"")
        #expect(MeasurementRecorded.decodeFast("{\(base),\"note\":\"\\ud800\"}") == nil)
    }

    @Test func decodingFromTheLogUsesTheSameValues() throws {
        let f = try DomainFixture().seeded(); defer { f.remove() }
        try f.measurements.record(.init(metric: .latencyP99Ms, value: 180.25, source: .production, note: "tab\there"), about: "W-1", f.by())
        let recorded = try #require(try f.log.events(EventQuery(eventType: MeasurementRecorded.eventType)).first)
        let decoded = try #require(try MeasurementRecorded.decode(recorded))
        #expect(decoded == codable(recorded.data))
        #expect(decoded.note == "tab\there" && decoded.value == 180.25)
    }
}
