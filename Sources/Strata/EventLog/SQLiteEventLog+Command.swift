import Foundation
import GRDB
import StrataJSON

extension SQLiteEventLog {
    /// The events of the command whose first event has id `eventID`, in position order; empty
    /// when no event has that id.
    ///
    /// A caller that names its own command (an idempotency key, given to the command's first
    /// event and stored as every event's command id) asks this before retrying. One append is
    /// one transaction and positions follow commit order, so the command's events are the run
    /// from that event on that share its command id: one index lookup and a short read, however
    /// long the log.
    public func events(ofCommandFirstStored eventID: String) throws -> [RecordedEvent] {
        try read { db in
            let sql = "SELECT \(Self.columns) FROM events WHERE event_id = ?"
            guard let first = try EventRowCursor(sql: sql, arguments: [eventID], in: db).first() else { return [] }
            var events = [first]
            guard let command = Self.commandID(first) else { return events }
            let after = "SELECT \(Self.columns) FROM events WHERE position > ? ORDER BY position"
            try EventRowCursor(sql: after, arguments: [first.position], in: db).forEach { row in
                let event = try row.get()
                guard Self.commandID(event) == command else { return false }
                events.append(event)
                return true
            }
            return events
        }
    }

    private static func commandID(_ event: RecordedEvent) -> String? {
        (try? JSONCodec.decode(EventMetadata.self, from: event.metadata))?.commandID
    }
}
