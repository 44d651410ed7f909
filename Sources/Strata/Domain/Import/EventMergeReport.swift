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
    /// Commands left out because this store's rules refuse them, in file order.
    public var refused: [MergeRefusal] = []
    /// Entities that took another short number here than in the store they came from.
    public var renumbered: [MergeRenumbering] = []
}

/// A command of the file the domain refused here: none of its events was appended.
public struct MergeRefusal: Sendable, Equatable, Codable {
    /// The line of the event that was refused.
    public var line: Int
    public var eventType: String
    public var streamID: String
    /// How many events the refused command held.
    public var events: Int
    /// The refusal's stable code (`illegal-transition`, `name-taken`, ...).
    public var code: String
    public var message: String
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
