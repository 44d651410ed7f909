/// What merging another store's events did (or, in a dry run, would do).
public struct EventMergeReport: Sendable, Equatable {
    /// Events new to this store, appended in the file's order.
    public var appended: Int
    /// Events this store already held (same id and content): skipped.
    public var alreadyPresent: Int
    /// Lines read, blank lines included.
    public var lines: Int
    /// True when the transaction was rolled back.
    public var dryRun: Bool
}

/// Why a merge was refused; nothing was written. Names the file and line.
public struct EventMergeError: Error, Sendable, Equatable, CustomStringConvertible {
    /// `file:line`.
    public var location: String
    public var message: String
    /// True for a malformed line (exit 2); false for a line that conflicts with this store (exit 1).
    public var isInputError: Bool

    public var description: String { "\(location): \(message)" }
}
