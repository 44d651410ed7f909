import Foundation
import Strata
import StrataAdvisor
import StrataInterop
import StrataProfile
import StrataProjections

/// An event as one line of NDJSON, keyed by the `events` table's columns, payloads embedded
/// verbatim: what `strata events --json` prints and `strata import events` reads back.
public enum EventJSON {
    /// The event as one JSON object on one line.
    public static func line(_ event: RecordedEvent) -> String {
        "{\"position\":\(event.position),\"event_id\":\(JSONText.quote(event.eventID)),"
            + "\"stream_id\":\(JSONText.quote(event.streamID)),\"category\":\(JSONText.quote(event.category)),"
            + "\"stream_version\":\(event.streamVersion),\"event_type\":\(JSONText.quote(event.eventType)),"
            + "\"schema_version\":\(event.schemaVersion),\"data\":\(oneLine(event.data)),\"metadata\":\(oneLine(event.metadata)),"
            + "\"recorded_at\":\"\(event.recordedAt.iso8601)\",\"effective_at\":\"\(event.effectiveAt.iso8601)\","
            + "\"prev_hash\":\"\(Hex.encode(event.prevHash))\",\"hash\":\"\(Hex.encode(event.hash))\"}"
    }

    /// JSON with its line breaks turned into spaces: valid JSON holds raw line breaks only as
    /// whitespace between tokens, so the value is unchanged and NDJSON stays one event per line.
    public static func oneLine(_ json: String) -> String {
        guard json.contains(where: { $0 == "\n" || $0 == "\r" || $0 == "\r\n" }) else { return json }
        return String(String.UnicodeScalarView(json.unicodeScalars.map { $0 == "\n" || $0 == "\r" ? " " : $0 }))
    }
}
