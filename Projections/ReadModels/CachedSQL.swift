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
        guard code == SQLITE_DONE else {
            throw DatabaseError(
                resultCode: ResultCode(rawValue: code), message: sqliteConnection.map { String(cString: sqlite3_errmsg($0)) }, sql: sql)
        }
    }
}

/// Binds a statement's parameters in order, as GRDB would bind the same Swift values.
struct SQLiteParameters {
    let handle: OpaquePointer
    fileprivate(set) var next: Int32 = 1

    mutating func bind(_ value: String?) {
        defer { next += 1 }
        guard var value else { return _ = sqlite3_bind_null(handle, next) }
        value.withUTF8 { bytes in
            guard let address = bytes.baseAddress, !bytes.isEmpty else { return _ = sqlite3_bind_text(handle, next, "", 0, nil) }
            _ = address.withMemoryRebound(to: CChar.self, capacity: bytes.count) {
                sqlite3_bind_text(handle, next, $0, Int32(bytes.count), transient)
            }
        }
    }

    mutating func bind(_ value: Int64) {
        sqlite3_bind_int64(handle, next, value)
        next += 1
    }

    mutating func bind(_ value: Int) { bind(Int64(value)) }

    mutating func bind(_ value: Bool) { bind(Int64(value ? 1 : 0)) }

    mutating func bind(_ value: Double?) {
        if let value { sqlite3_bind_double(handle, next, value) } else { sqlite3_bind_null(handle, next) }
        next += 1
    }

    /// Tells SQLite to copy a bound text before the call returns.
    private let transient = unsafeBitCast(-1, to: sqlite3_destructor_type.self)
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
