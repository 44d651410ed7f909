import Strata

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

    /// JSON with its line breaks turned into spaces: valid JSON holds raw line breaks only as
    /// whitespace between tokens, so the value is unchanged and NDJSON stays one event per line.
    static func oneLine(_ json: String) -> String {
        guard json.contains(where: { $0 == "\n" || $0 == "\r" || $0 == "\r\n" }) else { return json }
        return String(String.UnicodeScalarView(json.unicodeScalars.map { $0 == "\n" || $0 == "\r" ? " " : $0 }))
    }

    /// The event as one JSON object keyed by column name; payloads are embedded verbatim.
    static func json(_ event: RecordedEvent) -> String {
        "{\"position\":\(event.position),\"event_id\":\(JSONText.quote(event.eventID)),"
            + "\"stream_id\":\(JSONText.quote(event.streamID)),\"category\":\(JSONText.quote(event.category)),"
            + "\"stream_version\":\(event.streamVersion),\"event_type\":\(JSONText.quote(event.eventType)),"
            + "\"schema_version\":\(event.schemaVersion),\"data\":\(oneLine(event.data)),\"metadata\":\(oneLine(event.metadata)),"
            + "\"recorded_at\":\"\(event.recordedAt.iso8601)\",\"effective_at\":\"\(event.effectiveAt.iso8601)\","
            + "\"prev_hash\":\"\(Hex.encode(event.prevHash))\",\"hash\":\"\(Hex.encode(event.hash))\"}"
    }
}
