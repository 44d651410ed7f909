import Foundation
import GRDB

extension SQLiteEventLog {
    /// Streams the events `query` selects, in position order, without loading the log.
    ///
    /// `body` runs inside one read transaction, so it sees a consistent prefix of the log even
    /// while other processes append.
    public func read(_ query: EventQuery, _ body: (RecordedEvent) throws -> Void) throws {
        try read { db in try Self.scan(query, in: db, body) }
    }

    /// The events `query` selects, as an array: for small reads only.
    public func events(_ query: EventQuery = .all) throws -> [RecordedEvent] {
        var out: [RecordedEvent] = []
        try read(query) { out.append($0) }
        return out
    }

    /// The last position inside `cut` (0 when the cut precedes every event).
    public func position(at cut: TimeCut) throws -> Int64 {
        try read { db in try Self.position(at: cut, in: db) }
    }

    /// Streams events within an open transaction, for projections catching up inside it.
    public static func scan(_ query: EventQuery, in db: Database, _ body: (RecordedEvent) throws -> Void) throws {
        var clauses = ["position > ?"]
        var arguments: [(any DatabaseValueConvertible)?] = [query.after]
        if let cut = query.upTo {
            clauses.append("position <= ?")
            arguments.append(try position(at: cut, in: db))
        }
        if let stream = query.streamID { clauses.append("stream_id = ?"); arguments.append(stream) }
        if let category = query.category { clauses.append("category = ?"); arguments.append(category) }
        if let type = query.eventType { clauses.append("event_type = ?"); arguments.append(type) }
        var sql = "SELECT \(columns) FROM events WHERE \(clauses.joined(separator: " AND ")) ORDER BY position"
        if let limit = query.limit { sql += " LIMIT \(max(0, limit))" }
        try EventRowCursor(sql: sql, arguments: StatementArguments(arguments), in: db).forEachEvent(body)
    }

    /// Streams the events up to `position` that `condition` (SQL over the `events` columns, with
    /// `arguments`) selects, in position order: for a reader's filter on event types or payload
    /// fields that ``EventQuery`` cannot say, such as a sweep leaving out every measurement.
    public static func scan(
        upTo position: Int64, where condition: String, arguments: StatementArguments, in db: Database,
        _ body: (RecordedEvent) throws -> Void
    ) throws {
        let sql = "SELECT \(columns) FROM events WHERE position <= ? AND (\(condition)) ORDER BY position"
        try EventRowCursor(sql: sql, arguments: [position] + arguments, in: db).forEachEvent(body)
    }

    /// The event at `version` of `stream`, or nil when the stream is shorter.
    static func event(stream: String, version: Int, in db: Database) throws -> RecordedEvent? {
        let sql = "SELECT \(columns) FROM events WHERE stream_id = ? AND stream_version = ?"
        return try EventRowCursor(sql: sql, arguments: [stream, version], in: db).first()
    }

    /// Resolves a cut to a position: an instant means the last event recorded at or before it.
    public static func position(at cut: TimeCut, in db: Database) throws -> Int64 {
        let head = try Int64.fetchOne(db, sql: "SELECT COALESCE(MAX(position), 0) FROM events") ?? 0
        switch cut {
        case .position(let position):
            return max(0, min(position, head))
        case .instant(let instant):
            return try lastPosition(recordedBy: instant.microseconds, upTo: head, in: db)
        }
    }

    /// The last position up to `head` recorded at or before `microseconds`, 0 when none was.
    ///
    /// A bisection over positions, read through the primary key: the insert trigger keeps
    /// `recorded_at` from going backwards along `position`, so the events recorded by any
    /// instant are a prefix of the log. (A log edited around the trigger can break that; `verify`
    /// reports it as time going backwards.)
    private static func lastPosition(recordedBy microseconds: Int64, upTo head: Int64, in db: Database) throws -> Int64 {
        let probe = try db.cachedStatement(sql: "SELECT recorded_at FROM events WHERE position >= ? ORDER BY position LIMIT 1")
        // Invariant: everything up to `low` was recorded by then, nothing after `high` was.
        var low: Int64 = 0
        var high = head
        while low < high {
            let middle = low + (high - low + 1) / 2
            let recorded = try Int64.fetchOne(probe, arguments: [middle]) ?? Int64.max
            if recorded <= microseconds { low = middle } else { high = middle - 1 }
        }
        return low
    }

    static let columns = """
        position, event_id, stream_id, category, stream_version, event_type, schema_version, data, metadata,
        recorded_at, effective_at, prev_hash, hash
        """
}
