import Foundation

extension SQLiteEventLog {
    /// Whether this user cannot write the store, so it was opened read-only: reads work, read
    /// models behind the log are built in memory, and every write is refused.
    public var isReadOnly: Bool { readOnlyAccess != nil }

    /// The name another connection must ATTACH this store by: its path, or for a store opened
    /// read-only the same read-only `file:` URI, so attaching it neither writes nor creates a file.
    public var attachmentName: String { readOnlyAccess?.uri ?? path }

    /// Runs `body`, which reads this store (through ``read(_:)`` or an ATTACH of
    /// ``attachmentName``). On a store read without locks, a write by another process meanwhile
    /// is reported as ``EventLogError/changedWhileRead(path:)`` rather than a torn answer.
    public func guarded<T>(_ body: () throws -> T) throws -> T {
        try ReadOnlyAccess.guarding(readOnlyAccess, path: path, body)
    }
}
