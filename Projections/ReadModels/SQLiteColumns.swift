import GRDBSQLite

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
