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
            throw failure(code, sql: sql, arguments: arguments)
        }
    }
}

extension Database {
    /// Runs the cached `sql` with its parameters bound in order by `bind`, which must bind each.
    ///
    /// For the insert a fold makes once an event: building GRDB's arguments boxes every value
    /// and binds them through a closure each, about a sixth of folding a measurement.
    func executeCached(sql: String, binding bind: (inout SQLiteParameters) -> Void) throws {
        let statement = try cachedStatement(sql: sql)
        let handle = statement.sqliteStatement
        sqlite3_reset(handle)
        var parameters = SQLiteParameters(handle: handle)
        bind(&parameters)
        precondition(parameters.next - 1 == sqlite3_bind_parameter_count(handle), "every parameter of \(sql) must be bound")
        let code = sqlite3_step(handle)
        // Bound copies are freed now, not when the statement is next used.
        defer {
            sqlite3_reset(handle)
            sqlite3_clear_bindings(handle)
        }
        guard code == SQLITE_DONE else { throw failure(code, sql: sql) }
    }

    /// The error SQLite's `code` from stepping `sql` stands for, worded as GRDB words it.
    private func failure(_ code: Int32, sql: String, arguments: StatementArguments? = nil) -> DatabaseError {
        DatabaseError(
            resultCode: ResultCode(rawValue: code), message: sqliteConnection.map { String(cString: sqlite3_errmsg($0)) },
            sql: sql, arguments: arguments)
    }
}
