import GRDBSQLite

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
