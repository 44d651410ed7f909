import Foundation
@_spi(Tools) import StrataApp
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
        return try insert(events: events, batch: batch, with: statement, in: db) { index in
            sqlite3_bind_int64(statement, 1, Int64(index + 1))
            sqlite3_bind_text(statement, 2, EventID.make(), -1, transient)
            sqlite3_bind_text(statement, 3, "bench-\(index / 100)", -1, transient)
            sqlite3_bind_int64(statement, 4, Int64(index % 100 + 1))
            sqlite3_bind_text(statement, 5, "bench.recorded", -1, transient)
            sqlite3_bind_text(statement, 6, Payload.make(index), -1, transient)
            sqlite3_bind_int64(statement, 7, Timestamp.now().microseconds)
        }
    }

    private static let transient = unsafeBitCast(-1, to: sqlite3_destructor_type.self)

    /// Seconds to insert `events` rows with `statement`, `batch` per transaction; `bind` sets row `index`'s values.
    private static func insert(
        events: Int, batch: Int, with statement: OpaquePointer?, in db: OpaquePointer, bind: (Int) -> Void
    ) throws -> Double {
        try seconds {
            for start in stride(from: 0, to: events, by: batch) {
                try exec(db, "BEGIN IMMEDIATE")
                for index in start..<min(start + batch, events) {
                    bind(index)
                    guard sqlite3_step(statement) == SQLITE_DONE else { throw BenchError(String(cString: sqlite3_errmsg(db))) }
                    sqlite3_reset(statement)
                }
                try exec(db, "COMMIT")
            }
        }
    }

    /// The same rows through the C API into a real Strata store: its schema, CHECK constraints,
    /// five indexes and the trigger that makes every insert continue the log, but no Swift, no
    /// hashing and no projections. What SQLite alone costs for Strata's guarantees.
    static func appendWithSchema(events: Int, batch: Int, in directory: URL) throws -> Double {
        let path = directory.appendingPathComponent("schema-\(UUID().uuidString).db").path
        _ = try StrataStore.create(at: path)
        var db: OpaquePointer?
        guard sqlite3_open(path, &db) == SQLITE_OK, let db else { throw BenchError("cannot open \(path)") }
        defer { sqlite3_close(db) }
        // The pragmas of Strata's own connections: statement journals in memory, as the trigger needs one per insert.
        try exec(db, "PRAGMA journal_mode=WAL; PRAGMA synchronous=FULL; PRAGMA cache_size=-65536; PRAGMA temp_store=MEMORY; PRAGMA recursive_triggers=ON;")
        var genesis: OpaquePointer?
        guard sqlite3_prepare_v2(db, "SELECT genesis_hash FROM store_meta", -1, &genesis, nil) == SQLITE_OK,
              sqlite3_step(genesis) == SQLITE_ROW, let bytes = sqlite3_column_blob(genesis, 0)
        else { throw BenchError("no genesis hash in \(path)") }
        // Every row's hash is the genesis hash, so each prev_hash matches the head as the trigger demands.
        let hash = Data(bytes: bytes, count: Int(sqlite3_column_bytes(genesis, 0)))
        sqlite3_finalize(genesis)
        var statement: OpaquePointer?
        let sql = "INSERT INTO events VALUES (?, ?, ?, 'bench', ?, 'bench.recorded', 1, ?, '{\"actor\":\"bench\"}', ?, ?, ?, ?)"
        guard sqlite3_prepare_v2(db, sql, -1, &statement, nil) == SQLITE_OK else { throw BenchError("prepare failed") }
        defer { sqlite3_finalize(statement) }
        return try insert(events: events, batch: batch, with: statement, in: db) { index in
            let now = Timestamp.now().microseconds
            sqlite3_bind_int64(statement, 1, Int64(index + 1))
            sqlite3_bind_text(statement, 2, EventID.make(), -1, transient)
            sqlite3_bind_text(statement, 3, "bench-\(index / 100)", -1, transient)
            sqlite3_bind_int64(statement, 4, Int64(index % 100 + 1))
            sqlite3_bind_text(statement, 5, Payload.make(index), -1, transient)
            sqlite3_bind_int64(statement, 6, now)
            sqlite3_bind_int64(statement, 7, now)
            _ = hash.withUnsafeBytes { sqlite3_bind_blob(statement, 8, $0.baseAddress, 32, transient) }
            _ = hash.withUnsafeBytes { sqlite3_bind_blob(statement, 9, $0.baseAddress, 32, transient) }
        }
    }

    /// Seconds for SQLite alone to produce the rows that dominate a rebuild of a monitored log:
    /// one `rm_measurements` row per measurement, extracted with SQLite's JSON functions by one
    /// `INSERT … SELECT` (no Swift, no bottleneck judgement; the other read models are left
    /// out). Rolled back, so the store is unchanged.
    static func rebuildMeasurementRows(path: String) throws -> Double {
        var db: OpaquePointer?
        guard sqlite3_open(path, &db) == SQLITE_OK, let db else { throw BenchError("cannot open \(path)") }
        defer { sqlite3_close(db) }
        try exec(db, "PRAGMA cache_size=-65536")
        return try seconds {
            try exec(db, "BEGIN IMMEDIATE")
            // SQLite alone: without Strata's seal triggers (the transaction is rolled back).
            try exec(db, """
                DROP TRIGGER IF EXISTS rm_measurements_seal_insert;
                DROP TRIGGER IF EXISTS rm_measurements_seal_update;
                DROP TRIGGER IF EXISTS rm_measurements_seal_delete;
                DELETE FROM rm_measurements;
                INSERT INTO rm_measurements (measurement_id, short_id, number, subject_kind, subject_id, metric, value, unit,
                  target, target_source, is_bottleneck, source, note, observed_at, recorded_at, recorded_position, position)
                SELECT data ->> '$.measurementID', 'M-' || (data ->> '$.number'), data ->> '$.number', data ->> '$.subject.kind',
                  data ->> '$.subject.id', data ->> '$.metric', data ->> '$.value', data ->> '$.unit', data ->> '$.target', 'own', 0,
                  data ->> '$.source', data ->> '$.note', effective_at, recorded_at, position, position
                FROM events WHERE event_type = 'measurement.recorded' ORDER BY position;
                """)
            try exec(db, "ROLLBACK")
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

    /// Rows per second reading every row back with each of the 13 columns a whole event has
    /// asked of SQLite (its text or blob pointer and length, or its integer), none copied: the
    /// least a reader of whole events pays SQLite.
    static func readEveryColumn(path: String) throws -> (rows: Int, seconds: Double) {
        var db: OpaquePointer?
        guard sqlite3_open_v2(path, &db, SQLITE_OPEN_READONLY, nil) == SQLITE_OK, let db else { throw BenchError("open") }
        defer { sqlite3_close(db) }
        var statement: OpaquePointer?
        let sql = """
            SELECT position, event_id, stream_id, category, stream_version, event_type, schema_version, data, metadata,
                   recorded_at, effective_at, prev_hash, hash FROM events ORDER BY position
            """
        guard sqlite3_prepare_v2(db, sql, -1, &statement, nil) == SQLITE_OK else { throw BenchError("prepare") }
        defer { sqlite3_finalize(statement) }
        var rows = 0
        var touched = 0   // kept, so no column access is optimised away
        let elapsed = seconds {
            while sqlite3_step(statement) == SQLITE_ROW {
                for column: Int32 in [0, 4, 6, 9, 10] { touched &+= Int(truncatingIfNeeded: sqlite3_column_int64(statement, column)) }
                for column: Int32 in [1, 2, 3, 5, 7, 8] {
                    touched &+= Int(bitPattern: sqlite3_column_text(statement, column)) &+ Int(sqlite3_column_bytes(statement, column))
                }
                for column: Int32 in [11, 12] {
                    touched &+= Int(bitPattern: sqlite3_column_blob(statement, column)) &+ Int(sqlite3_column_bytes(statement, column))
                }
                rows += 1
            }
        }
        if touched == 42 { print("") }
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
