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

    /// The event as one JSON object keyed by column name; payloads are embedded verbatim.
    static func json(_ event: RecordedEvent) -> String {
        "{\"position\":\(event.position),\"event_id\":\(JSONText.quote(event.eventID)),"
            + "\"stream_id\":\(JSONText.quote(event.streamID)),\"category\":\(JSONText.quote(event.category)),"
            + "\"stream_version\":\(event.streamVersion),\"event_type\":\(JSONText.quote(event.eventType)),"
            + "\"schema_version\":\(event.schemaVersion),\"data\":\(event.data),\"metadata\":\(event.metadata),"
            + "\"recorded_at\":\"\(event.recordedAt.iso8601)\",\"effective_at\":\"\(event.effectiveAt.iso8601)\","
            + "\"prev_hash\":\"\(Hex.encode(event.prevHash))\",\"hash\":\"\(Hex.encode(event.hash))\"}"
    }
}
