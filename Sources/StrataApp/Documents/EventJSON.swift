import Strata
import StrataJSON

/// An event as one line of NDJSON, keyed by the `events` table's columns, payloads embedded
/// verbatim: what `strata events --json` prints and `strata import events` reads back.
public enum EventJSON {
    /// The event as one JSON object on one line; payloads keep their bytes, their line breaks
    /// turned into spaces (whitespace between tokens, so the value is unchanged).
    public static func line(_ event: RecordedEvent) -> String {
        var object = JSONObjectBuilder()
        object.add("position", event.position)
        object.add("event_id", event.eventID)
        object.add("stream_id", event.streamID)
        object.add("category", event.category)
        object.add("stream_version", event.streamVersion)
        object.add("event_type", event.eventType)
        object.add("schema_version", event.schemaVersion)
        object.add("data", verbatim: event.data)
        object.add("metadata", verbatim: event.metadata)
        object.add("recorded_at", event.recordedAt.iso8601)
        object.add("effective_at", event.effectiveAt.iso8601)
        object.add("prev_hash", Hex.encode(event.prevHash))
        object.add("hash", Hex.encode(event.hash))
        return object.json
    }
}
