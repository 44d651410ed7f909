/// What an import recorded (or, in a dry run, would record), for the CLI to print.
public struct DecisionImportReport: Sendable, Equatable {
    /// How the imported decisions got their short ids.
    public enum Numbering: String, Sendable, Equatable {
        /// Every new decision kept its source number (`0007-x.md` became `ADR-7`).
        case kept
        /// The new decisions were numbered after the store's highest number, in source order.
        case renumbered
        /// Nothing new was imported.
        case none
    }

    /// One record of the import and the decision that holds it.
    public struct Entry: Sendable, Equatable {
        public var key: String
        public var ref: EntityRef
        public var title: String
        public var status: DecisionStatus
        public var source: DecisionSource
    }

    /// A record an earlier import holds whose source changed, and what was recorded for it.
    public struct Change: Sendable, Equatable {
        public var entry: Entry
        /// What was (or would be) recorded, in order: `accepted`, `amended`, `linked amends ADR-2`.
        public var recorded: [String]
    }

    /// Records new to the store, in source order.
    public var imported: [Entry]
    /// Records already in the store whose source changed since: their changes became events.
    public var changed: [Change]
    /// Records an earlier import already recorded, unchanged since: nothing was appended for them.
    public var alreadyPresent: [Entry]
    /// Everything the mapping left out or could not honour, per file.
    public var notes: [ImportNote]
    public var numbering: Numbering
    /// Events appended, or that a dry run would append (short-id allocations included).
    public var eventCount: Int
    /// True when nothing was written.
    public var dryRun: Bool
}

/// Something an import could not map as written: one line naming the file and what was done.
public struct ImportNote: Sendable, Equatable, CustomStringConvertible {
    /// The source file (or record key) the note is about.
    public var path: String
    public var message: String

    public init(path: String, message: String) {
        self.path = path
        self.message = message
    }

    public var description: String { "\(path): \(message)" }
}
