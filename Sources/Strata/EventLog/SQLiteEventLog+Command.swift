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
            guard let first = try Row.fetchOne(db, sql: sql, arguments: [eventID]).map(RecordedEvent.init(row:)) else { return [] }
            let command = Self.commandID(first)
            var events = [first]
            while true {
                let batch = try Row.fetchAll(
                    db, sql: "SELECT \(Self.columns) FROM events WHERE position > ? ORDER BY position LIMIT 64",
                    arguments: [events[events.count - 1].position]
                ).map(RecordedEvent.init(row:))
                let same = batch.prefix { command != nil && Self.commandID($0) == command }
                events += same
                if same.count < batch.count || batch.count < 64 { return events }
            }
        }
    }

    private static func commandID(_ event: RecordedEvent) -> String? {
        (try? JSONCodec.decode(EventMetadata.self, from: event.metadata))?.commandID
    }
}
