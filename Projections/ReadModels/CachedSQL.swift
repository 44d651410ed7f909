import GRDB
import GRDBSQLite

extension Database {
    /// Runs `sql` through the connection's statement cache: a fold runs the same few statements
    /// millions of times, and compiling each anew cost more than executing it.
    func executeCached(sql: String, arguments: StatementArguments = StatementArguments()) throws {
        try cachedStatement(sql: sql).execute(arguments: arguments)
    }

    /// The first row of the cached `sql` with `arguments`, read by `body` straight from SQLite's
    /// column accessors, or nil when there is none.
    ///
    /// For a lookup a fold makes once an event: GRDB's `Row` copies every column and decodes each
    /// through generic metadata, which was a quarter of folding a measurement.
    func firstRowCached<T>(sql: String, arguments: StatementArguments, _ body: (SQLiteColumns) throws -> T) throws -> T? {
        let statement = try cachedStatement(sql: sql)
        try statement.setArguments(arguments)
        let handle = statement.sqliteStatement
        defer { sqlite3_reset(handle) }
        switch sqlite3_step(handle) {
        case SQLITE_ROW:
            return try body(SQLiteColumns(handle: handle))
        case SQLITE_DONE:
            return nil
        case let code:
            throw DatabaseError(
                resultCode: ResultCode(rawValue: code), message: sqliteConnection.map { String(cString: sqlite3_errmsg($0)) },
                sql: sql, arguments: arguments)
        }
    }
}

/// The current row of a stepped statement, column by column, as SQLite converts them.
struct SQLiteColumns {
    let handle: OpaquePointer

    func text(_ column: Int32) -> String {
        guard let characters = sqlite3_column_text(handle, column) else { return "" }
        return String(decoding: UnsafeBufferPointer(start: characters, count: Int(sqlite3_column_bytes(handle, column))), as: UTF8.self)
    }

    func double(_ column: Int32) -> Double? {
        sqlite3_column_type(handle, column) == SQLITE_NULL ? nil : sqlite3_column_double(handle, column)
    }
}
