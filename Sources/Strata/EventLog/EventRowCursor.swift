import Foundation
import GRDB
import GRDBSQLite

/// Steps a statement that selects ``SQLiteEventLog/columns`` and reads each row straight from
/// SQLite's column accessors into a ``RecordedEvent``.
///
/// A full read is mostly this loop: GRDB's `Row` boxes every column in a `DatabaseValue` and the
/// hashes went through `Data` on their way to `[UInt8]`, which took twice as long as SQLite's own
/// stepping. The columns are accepted as GRDB would convert them (text from a blob, an integer
/// from an integral real), so a row edited by hand fails here exactly where it failed before.
struct EventRowCursor {
    private let statement: Statement
    private let database: Database

    /// A cursor over `sql` with `arguments` bound, positioned before the first row.
    ///
    /// The statement is its own, not GRDB's cached one: a body may scan the log again with the
    /// same SQL (a fold reading ahead), and a shared statement would be reset under the outer loop.
    init(sql: String, arguments: StatementArguments = StatementArguments(), in db: Database) throws {
        statement = try db.makeStatement(sql: sql)
        try statement.setArguments(arguments)
        database = db
    }

    /// Calls `body` with each row's event until the rows end or `body` returns false.
    func forEach(_ body: (Result<RecordedEvent, MalformedRow>) throws -> Bool) throws {
        let handle = statement.sqliteStatement
        defer { sqlite3_reset(handle) }
        var previous = PreviousRow()
        while true {
            switch sqlite3_step(handle) {
            case SQLITE_ROW:
                guard try body(Self.event(handle, after: &previous)) else { return }
            case SQLITE_DONE:
                return
            default:
                let connection = database.sqliteConnection
                throw DatabaseError(
                    resultCode: ResultCode(rawValue: sqlite3_extended_errcode(connection)),
                    message: connection.map { String(cString: sqlite3_errmsg($0)) }, sql: statement.sql)
            }
        }
    }

    /// Calls `body` with every row's event; a malformed row throws ``MalformedRow``.
    func forEachEvent(_ body: (RecordedEvent) throws -> Void) throws {
        try forEach { row in
            try body(row.get())
            return true
        }
    }

    /// The first row's event, or nil when there is none.
    func first() throws -> RecordedEvent? {
        var found: RecordedEvent?
        try forEach { row in
            found = try row.get()
            return false
        }
        return found
    }

    /// The columns one row usually shares with the row before: its stream, category, type and
    /// metadata (an append's events share them), and the hash its `prev_hash` repeats in a sound
    /// chain. Handing out the earlier row's value when the bytes are equal saves an allocation
    /// and a UTF-8 check each (about 5% of a full read's instructions).
    private struct PreviousRow {
        var streamID = ""
        var category = ""
        var eventType = ""
        var metadata = ""
        var hash: [UInt8] = []
    }

    private static func event(_ handle: OpaquePointer, after previous: inout PreviousRow) -> Result<RecordedEvent, MalformedRow> {
        do {
            let event = RecordedEvent(
                position: try integer(handle, 0), eventID: try text(handle, 1),
                streamID: try text(handle, 2, repeating: &previous.streamID),
                category: try text(handle, 3, repeating: &previous.category), streamVersion: Int(try integer(handle, 4)),
                eventType: try text(handle, 5, repeating: &previous.eventType),
                schemaVersion: Int(try integer(handle, 6)), data: try text(handle, 7),
                metadata: try text(handle, 8, repeating: &previous.metadata),
                recordedAt: Timestamp(microseconds: try integer(handle, 9)),
                effectiveAt: Timestamp(microseconds: try integer(handle, 10)),
                prevHash: try bytes(handle, 11, repeating: previous.hash), hash: try bytes(handle, 12))
            previous.hash = event.hash
            return .success(event)
        } catch {
            return .failure(error)
        }
    }

    /// The text in `column`, as `earlier` when its bytes are the same (then nothing is copied).
    private static func text(_ handle: OpaquePointer, _ column: Int32, repeating earlier: inout String) throws(MalformedRow) -> String {
        guard sqlite3_column_type(handle, column) == SQLITE_TEXT, let characters = sqlite3_column_text(handle, column) else {
            return try text(handle, column)
        }
        let count = Int(sqlite3_column_bytes(handle, column))
        // A text repaired when it was decoded has other bytes than the column's, so it never matches.
        let same = earlier.utf8.withContiguousStorageIfAvailable { stored in
            stored.count == count && (count == 0 || memcmp(stored.baseAddress!, characters, count) == 0)
        } ?? false
        if !same { earlier = String(decoding: UnsafeBufferPointer(start: characters, count: count), as: UTF8.self) }
        return earlier
    }

    private static func malformed(_ handle: OpaquePointer, _ column: Int32) -> MalformedRow {
        let position = sqlite3_column_type(handle, 0) == SQLITE_INTEGER ? sqlite3_column_int64(handle, 0) : 0
        return MalformedRow(position: position, column: Int(column))
    }

    private static func integer(_ handle: OpaquePointer, _ column: Int32) throws(MalformedRow) -> Int64 {
        switch sqlite3_column_type(handle, column) {
        case SQLITE_INTEGER:
            return sqlite3_column_int64(handle, column)
        case SQLITE_FLOAT:
            guard let exact = Int64(exactly: sqlite3_column_double(handle, column)) else { throw malformed(handle, column) }
            return exact
        default:
            throw malformed(handle, column)
        }
    }

    private static func text(_ handle: OpaquePointer, _ column: Int32) throws(MalformedRow) -> String {
        switch sqlite3_column_type(handle, column) {
        case SQLITE_TEXT:
            guard let characters = sqlite3_column_text(handle, column) else { return "" }
            let count = Int(sqlite3_column_bytes(handle, column))
            return String(decoding: UnsafeBufferPointer(start: characters, count: count), as: UTF8.self)
        case SQLITE_BLOB:
            let count = Int(sqlite3_column_bytes(handle, column))
            guard let start = sqlite3_column_blob(handle, column) else { return "" }
            let buffer = UnsafeBufferPointer(start: start.assumingMemoryBound(to: UInt8.self), count: count)
            guard let text = String(validating: buffer, as: UTF8.self) else { throw malformed(handle, column) }
            return text
        default:
            throw malformed(handle, column)
        }
    }

    /// The bytes in `column`, as `earlier` when they are the same.
    private static func bytes(_ handle: OpaquePointer, _ column: Int32, repeating earlier: [UInt8] = []) throws(MalformedRow) -> [UInt8] {
        let type = sqlite3_column_type(handle, column)
        guard type == SQLITE_BLOB || type == SQLITE_TEXT else { throw malformed(handle, column) }
        // sqlite3_column_blob before sqlite3_column_bytes, as SQLite asks, so the count is the blob's.
        guard let start = sqlite3_column_blob(handle, column) else { return [] }
        let count = Int(sqlite3_column_bytes(handle, column))
        if count == earlier.count, count > 0, earlier.withUnsafeBytes({ memcmp($0.baseAddress!, start, count) == 0 }) { return earlier }
        return Array(UnsafeRawBufferPointer(start: start, count: count))
    }
}
