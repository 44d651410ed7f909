import Strata
import StrataJSON

/// One event rendered for `strata events`.
enum EventLine {
    static let header = "POS     RECORDED             TYPE                         STREAM@VERSION"

    /// `position  recorded  type  stream@version`, fitted to 80 columns.
    static func human(_ event: RecordedEvent) -> String {
        let recorded = String(event.recordedAt.iso8601.prefix(19)).replacingOccurrences(of: "T", with: " ")
        let stream = Text.truncate(event.streamID, to: 28) + "@\(event.streamVersion)"
        return Text.pad(String(event.position), 7) + " " + recorded + "  "
            + Text.pad(Text.truncate(event.eventType, to: 28), 28) + " " + stream
    }

    /// The event as one JSON object keyed by column name; payloads are embedded verbatim, their
    /// line breaks turned into spaces so NDJSON stays one event per line.
    static func json(_ event: RecordedEvent) -> String {
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
