import Foundation
import GRDB

/// Durable idempotency by event id: a retried append is answered from the log itself.
package enum IdempotencyCheck {
    /// What the log holds for one incoming event id: enough to tell a retry from a clash.
    package struct StoredEvent: Sendable {
        package var streamID: String
        package var streamVersion: Int
        package var position: Int64
        package var eventType: String
        package var schemaVersion: Int
        package var data: String
        package var effectiveAt: Int64

        package init(
            streamID: String, streamVersion: Int, position: Int64, eventType: String, schemaVersion: Int, data: String,
            effectiveAt: Int64
        ) {
            self.streamID = streamID
            self.streamVersion = streamVersion
            self.position = position
            self.eventType = eventType
            self.schemaVersion = schemaVersion
            self.data = data
            self.effectiveAt = effectiveAt
        }
    }

    /// The original placement of every event when all of them are stored with the same content,
    /// nil when none is stored; throws when only some are, or when any differs.
    static func storedResult(for appends: [StreamAppend], in db: Database) throws -> [AppendedEvent]? {
        let ids = appends.flatMap { request in request.events.map(\.eventID) }
        var stored: [String: StoredEvent] = [:]
        for chunk in stride(from: 0, to: ids.count, by: 500) {
            let slice = Array(ids[chunk..<min(chunk + 500, ids.count)])
            let sql = """
                SELECT event_id, stream_id, stream_version, position, event_type, schema_version, data, effective_at
                  FROM events WHERE event_id IN (\(databaseQuestionMarks(count: slice.count)))
                """
            for row in try Row.fetchAll(db, sql: sql, arguments: StatementArguments(slice)) {
                stored[row["event_id"]] = StoredEvent(
                    streamID: row["stream_id"], streamVersion: row["stream_version"], position: row["position"],
                    eventType: row["event_type"], schemaVersion: row["schema_version"], data: row["data"],
                    effectiveAt: row["effective_at"])
            }
        }
        return try storedResult(for: appends, stored: stored)
    }

    /// The decision itself, for any backend: `stored` maps the incoming ids the log holds to what it holds.
    package static func storedResult(for appends: [StreamAppend], stored: [String: StoredEvent]) throws -> [AppendedEvent]? {
        if stored.isEmpty { return nil }
        let incoming = appends.flatMap { request in request.events.map { (request.streamID, $0) } }
        guard stored.count == incoming.count else {
            let missing = incoming.first { stored[$0.1.eventID] == nil }?.1.eventID ?? "?"
            let present = incoming.first { stored[$0.1.eventID] != nil }?.1.eventID ?? "?"
            throw EventLogError.idempotencyConflict(
                eventID: present, reason: "a retry must repeat the original append; \(missing) is new")
        }
        return try incoming.map { streamID, event in
            guard let row = stored[event.eventID] else { preconditionFailure("checked above") }
            try compare(event, streamID: streamID, with: row)
            return AppendedEvent(eventID: event.eventID, streamID: streamID, streamVersion: row.streamVersion, position: row.position)
        }
    }

    private static func compare(_ event: NewEvent, streamID: String, with row: StoredEvent) throws {
        func conflict(_ what: String) -> EventLogError {
            .idempotencyConflict(eventID: event.eventID, reason: "its \(what) differs")
        }
        guard row.streamID == streamID else { throw conflict("stream") }
        guard row.eventType == event.eventType else { throw conflict("event type") }
        guard row.schemaVersion == event.schemaVersion else { throw conflict("schema version") }
        guard row.data == event.data else { throw conflict("payload") }
        if let effective = event.effectiveAt, row.effectiveAt != effective.microseconds {
            throw conflict("effective time")
        }
    }
}
