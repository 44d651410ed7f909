import Foundation
import GRDB

extension SQLiteEventLog {
    /// The events one command appended, found by the command id every event's metadata carries.
    ///
    /// A caller that names its own command id (an idempotency key) asks this before retrying:
    /// the events of one append share the id, so a non-empty answer means the command already
    /// committed, whole. The metadata column is not indexed; this scans it, which is cheap next
    /// to the command it saves and is asked only when a key was given.
    public func events(commandID: String) throws -> [RecordedEvent] {
        try read { db in
            let sql = "SELECT \(Self.columns) FROM events WHERE json_extract(metadata, '$.commandID') = ? ORDER BY position"
            return try Row.fetchAll(db, sql: sql, arguments: [commandID]).map { try RecordedEvent(row: $0) }
        }
    }
}
