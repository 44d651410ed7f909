import Foundation
import Testing
import Strata

/// Malformed appends are refused before anything is written, with a message naming the field.
@Suite struct AppendValidationTests {
    static let cases: [(label: String, stream: String, event: NewEvent, fragment: String)] = [
        ("invalid JSON", "note-1", NewEvent(eventType: "note.written", data: "{\"text\": }"), "not valid JSON"),
        ("trailing garbage", "note-1", NewEvent(eventType: "note.written", data: "{} x"), "not valid JSON"),
        ("empty payload", "note-1", NewEvent(eventType: "note.written", data: ""), "not valid JSON"),
        ("empty type", "note-1", NewEvent(eventType: "", data: "{}"), "event type"),
        ("long type", "note-1", NewEvent(eventType: String(repeating: "t", count: 101), data: "{}"), "event type"),
        ("schema 0", "note-1", NewEvent(eventType: "note.written", schemaVersion: 0, data: "{}"), "schema version"),
        ("bad id", "note-1", NewEvent(eventID: "not-a-uuid", eventType: "note.written", data: "{}"), "not-a-uuid"),
        ("braced id", "note-1",
         NewEvent(eventID: "{0190a6c0-0000-7000-8000-000000000001}", eventType: "t", data: "{}"), "canonical UUID"),
        ("empty stream", "", NewEvent(eventType: "note.written", data: "{}"), "stream id"),
        ("leading dash", "-1", NewEvent(eventType: "note.written", data: "{}"), "stream id"),
        ("control char", "note-\u{7}", NewEvent(eventType: "note.written", data: "{}"), "stream id"),
        ("long stream", String(repeating: "s", count: 201), NewEvent(eventType: "note.written", data: "{}"), "stream id"),
    ]

    @Test(arguments: cases)
    func refusesMalformedEvent(_ label: String, stream: String, event: NewEvent, fragment: String) throws {
        let store = try TemporaryStore()
        defer { store.remove() }
        let error = #expect(throws: EventLogError.self, "\(label)") {
            try store.log.append([event], to: stream, expected: .any, metadata: testMetadata)
        }
        guard case .invalidEvent(let reason)? = error else {
            Issue.record("expected invalidEvent for \(label), got \(String(describing: error))")
            return
        }
        #expect(reason.contains(fragment), "\(label): \(reason)")
        #expect(try store.log.head().position == 0)
    }

    @Test func refusesAnAppendWithNoEvents() throws {
        let store = try TemporaryStore()
        defer { store.remove() }
        #expect(throws: EventLogError.invalidEvent("an append needs at least one event")) {
            try store.log.append([], to: "note-1", expected: .any, metadata: testMetadata)
        }
        #expect(throws: EventLogError.invalidEvent("an append needs at least one event")) {
            try store.log.append([], metadata: testMetadata)
        }
    }

    @Test func refusesTheSameIdTwiceInOneAppend() throws {
        let store = try TemporaryStore()
        defer { store.remove() }
        let event = note()
        let error = #expect(throws: EventLogError.self) {
            try store.log.append([
                StreamAppend(streamID: "note-1", expected: .any, events: [event]),
                StreamAppend(streamID: "note-2", expected: .any, events: [event]),
            ], metadata: testMetadata)
        }
        #expect(error == .invalidEvent("event id \(event.eventID) appears twice in one append"))
        #expect(try store.log.head().position == 0)
    }

    @Test func acceptsAnyJSONValueAsPayload() throws {
        let store = try TemporaryStore()
        defer { store.remove() }
        for payload in ["[]", "\"text\"", "42", "-0.5e+3", "true", "null", " {\"a\":[1,{\"b\":null}]} "] {
            try store.log.append(
                [NewEvent(eventType: "note.written", data: payload)], to: "note-1", expected: .any, metadata: testMetadata)
        }
        #expect(try store.log.head().position == 7)
    }
}
