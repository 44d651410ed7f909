import Foundation
import GRDBSQLite
import Strata

/// The floor: the same rows through SQLite's C API with one prepared statement, no hashing,
/// no triggers, no projections. Strata's figures are reported as a ratio to it.
enum RawSQLiteBaseline {
    static func append(events: Int, batch: Int, in directory: URL) throws -> Double {
        let path = directory.appendingPathComponent("raw-\(UUID().uuidString).db").path
        var db: OpaquePointer?
        guard sqlite3_open(path, &db) == SQLITE_OK, let db else { throw BenchError("cannot open \(path)") }
        defer { sqlite3_close(db) }
        try exec(db, "PRAGMA journal_mode=WAL; PRAGMA synchronous=FULL; PRAGMA cache_size=-65536;")
        try exec(db, """
            CREATE TABLE events (position INTEGER PRIMARY KEY, event_id TEXT NOT NULL UNIQUE, stream_id TEXT NOT NULL,
              stream_version INTEGER NOT NULL, event_type TEXT NOT NULL, data TEXT NOT NULL, recorded_at INTEGER NOT NULL,
              UNIQUE (stream_id, stream_version));
            """)
        var statement: OpaquePointer?
        let sql = "INSERT INTO events VALUES (?, ?, ?, ?, ?, ?, ?)"
        guard sqlite3_prepare_v2(db, sql, -1, &statement, nil) == SQLITE_OK else { throw BenchError("prepare failed") }
        defer { sqlite3_finalize(statement) }
        let transient = unsafeBitCast(-1, to: sqlite3_destructor_type.self)
        return try seconds {
            for start in stride(from: 0, to: events, by: batch) {
                try exec(db, "BEGIN IMMEDIATE")
                for index in start..<min(start + batch, events) {
                    sqlite3_bind_int64(statement, 1, Int64(index + 1))
                    sqlite3_bind_text(statement, 2, EventID.make(), -1, transient)
                    sqlite3_bind_text(statement, 3, "bench-\(index / 100)", -1, transient)
                    sqlite3_bind_int64(statement, 4, Int64(index % 100 + 1))
                    sqlite3_bind_text(statement, 5, "bench.recorded", -1, transient)
                    sqlite3_bind_text(statement, 6, Payload.make(index), -1, transient)
                    sqlite3_bind_int64(statement, 7, Timestamp.now().microseconds)
                    guard sqlite3_step(statement) == SQLITE_DONE else { throw BenchError(String(cString: sqlite3_errmsg(db))) }
                    sqlite3_reset(statement)
                }
                try exec(db, "COMMIT")
            }
        }
    }

    /// Rows per second reading every row back with one prepared statement (values not decoded).
    static func read(path: String) throws -> (rows: Int, seconds: Double) {
        var db: OpaquePointer?
        guard sqlite3_open_v2(path, &db, SQLITE_OPEN_READONLY, nil) == SQLITE_OK, let db else { throw BenchError("open") }
        defer { sqlite3_close(db) }
        var statement: OpaquePointer?
        guard sqlite3_prepare_v2(db, "SELECT position, data FROM events ORDER BY position", -1, &statement, nil) == SQLITE_OK
        else { throw BenchError("prepare") }
        defer { sqlite3_finalize(statement) }
        var rows = 0
        let elapsed = seconds { while sqlite3_step(statement) == SQLITE_ROW { rows += 1 } }
        return (rows, elapsed)
    }

    private static func exec(_ db: OpaquePointer, _ sql: String) throws {
        guard sqlite3_exec(db, sql, nil, nil, nil) == SQLITE_OK else { throw BenchError(String(cString: sqlite3_errmsg(db))) }
    }
}

struct BenchError: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
}
