import Foundation
import GRDB

/// Durable idempotency by event id: a retried append is answered from the log itself.
enum IdempotencyCheck {
    /// The original placement of every event when all of them are stored with the same content,
    /// nil when none is stored; throws when only some are, or when any differs.
    static func storedResult(for appends: [StreamAppend], in db: Database) throws -> [AppendedEvent]? {
        let incoming = appends.flatMap { request in request.events.map { (request.streamID, $0) } }
        var stored: [String: Row] = [:]
        for chunk in stride(from: 0, to: incoming.count, by: 500) {
            let ids = incoming[chunk..<min(chunk + 500, incoming.count)].map(\.1.eventID)
            let sql = """
                SELECT event_id, stream_id, stream_version, position, event_type, schema_version, data, effective_at
                  FROM events WHERE event_id IN (\(databaseQuestionMarks(count: ids.count)))
                """
            for row in try Row.fetchAll(db, sql: sql, arguments: StatementArguments(ids)) {
                stored[row["event_id"]] = row
            }
        }
        if stored.isEmpty { return nil }
        guard stored.count == incoming.count else {
            let missing = incoming.first { stored[$0.1.eventID] == nil }?.1.eventID ?? "?"
            let present = incoming.first { stored[$0.1.eventID] != nil }?.1.eventID ?? "?"
            throw EventLogError.idempotencyConflict(
                eventID: present, reason: "a retry must repeat the original append; \(missing) is new")
        }
        return try incoming.map { streamID, event in
            guard let row = stored[event.eventID] else { preconditionFailure("checked above") }
            try compare(event, streamID: streamID, with: row)
            return AppendedEvent(
                eventID: event.eventID, streamID: streamID, streamVersion: row["stream_version"], position: row["position"])
        }
    }

    private static func compare(_ event: NewEvent, streamID: String, with row: Row) throws {
        func conflict(_ what: String) -> EventLogError {
            .idempotencyConflict(eventID: event.eventID, reason: "its \(what) differs")
        }
        guard row["stream_id"] == streamID else { throw conflict("stream") }
        guard row["event_type"] == event.eventType else { throw conflict("event type") }
        guard row["schema_version"] == event.schemaVersion else { throw conflict("schema version") }
        guard row["data"] == event.data else { throw conflict("payload") }
        if let effective = event.effectiveAt, row["effective_at"] != effective.microseconds {
            throw conflict("effective time")
        }
    }
}
