import GRDB

extension SQLiteEventLog {
    /// Writes a consistent copy of the whole store to a new file at `path`, page by page, so a
    /// tool can try a long change on the copy (a git replay's dry run) and throw it away.
    public func copy(to path: String) throws {
        let destination = try DatabaseQueue(path: path)
        try writer.backup(to: destination)
        try destination.close()
    }
}
