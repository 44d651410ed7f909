/// Why the event log refused or could not complete an operation.
///
/// Each message names the subject, what is wrong and what to do; the CLI prints it verbatim.
public enum EventLogError: Error, Equatable, Sendable {
    /// The stream was not at the expected version.
    case wrongExpectedVersion(stream: String, expected: ExpectedVersion, actual: Int)
    /// An event id is stored already with different content, or a retry only partly matches.
    case idempotencyConflict(eventID: String, reason: String)
    /// An event to append is malformed (empty type, invalid JSON, bad id).
    case invalidEvent(String)
    /// No store exists where one was looked for.
    case storeNotFound(path: String)
    /// The file is not a SQLite database at all.
    case notSQLite(path: String)
    /// The file is a SQLite database, but not a Strata store.
    case foreignDatabase(path: String)
    /// The file exists but holds nothing yet (zero bytes, or a SQLite file with no schema).
    case emptyFile(path: String)
    /// The store was written by a newer Strata.
    case newerSchema(path: String, found: Int, supported: Int)
    /// The store was built from a migration whose text differs from this build's.
    case migrationChanged(path: String, version: Int, name: String)
    /// SQLite reports the file damaged.
    case corrupt(path: String, detail: String)
    /// The file or its directory cannot be written.
    case readOnly(path: String)
    /// A store this user cannot write could be read only after writing it (a migration, a missing index).
    case cannotReadWithoutWriting(path: String, reason: String)
    /// A store read without locks (this user cannot write it) was written by another process meanwhile.
    case changedWhileRead(path: String)
    /// The disk (or SQLite's page limit) is full.
    case diskFull(path: String)
    /// Another process held the write lock for longer than the busy timeout.
    case busy(path: String)
    /// This machine's clock reads further behind the log's last recorded time than the skew allowed.
    case clockBehind(path: String, reading: Timestamp, last: Timestamp)
    /// A write broke one of the log's own rules (enforced by its triggers).
    case integrity(String)
    /// Any other SQLite failure, with SQLite's own words.
    case sqlite(path: String, code: Int32, message: String)
    /// The path is a directory, FIFO, socket or device, so it was never opened.
    case notAFile(path: String, kind: String)
    /// The log no longer reaches, or no longer holds, what it once held (see ``LogWatermark``).
    case discontinuous(path: String, ContinuityBreak)
    /// The shared log a replica follows refused or could not complete a request; `code` is its
    /// stable code (e.g. `postgres-unreachable`), `message` its one-line explanation.
    case upstream(code: String, message: String)
    /// A local replica holds, at `position`, something other than the shared log it follows.
    case replicaDiverged(path: String, position: Int64, detail: String)
}

extension EventLogError: CustomStringConvertible {
    public var description: String {
        switch self {
        case let .wrongExpectedVersion(stream, expected, actual):
            "conflict on stream '\(stream)': expected \(expected), but it is at version \(actual); reload and retry"
        case let .idempotencyConflict(eventID, reason):
            "event \(eventID) is already stored with different content (\(reason)); use a new event id"
        case let .invalidEvent(reason):
            "invalid event: \(reason)"
        case let .storeNotFound(path):
            "no Strata store at \(path)"
        case let .notSQLite(path):
            "\(path) is not a SQLite database (wrong header); name a Strata store instead"
        case let .foreignDatabase(path):
            "\(path) is a SQLite database but not a Strata store; nothing was changed"
        case let .emptyFile(path):
            "\(path) is empty, not a Strata store; nothing was changed"
        case let .newerSchema(path, found, supported):
            "\(path) was written by a newer strata (schema v\(found), this build knows v\(supported)); upgrade strata"
        case let .migrationChanged(path, version, name):
            "\(path) was built with a different migration \(version) (\(name)) than this strata has; use the strata release that created the store"
        case let .corrupt(path, detail):
            "\(path) is damaged (\(detail)); restore it from a backup or a copy, then verify it"
        case let .readOnly(path):
            "\(path) is read-only for this user (the file or its directory); nothing was written. "
                + "Make both writable, or ask the store's owner to make the change"
        case let .cannotReadWithoutWriting(path, reason):
            "\(path) is read-only for this user and cannot be read until it is written: \(reason); "
                + "have its owner run any strata command on it, then retry"
        case let .changedWhileRead(path):
            "\(path) was written by another process while this one read it without locks (it cannot write the store); "
                + "nothing was shown"
        case let .diskFull(path):
            "the disk holding \(path) is full; nothing was written. Free space and retry"
        case let .busy(path):
            "\(path) stayed locked by another writer past the busy timeout; retry"
        case let .clockBehind(_, reading, last):
            "this machine's clock reads \(reading.iso8601), \(Self.span(last.microseconds - reading.microseconds)) behind the last "
                + "event the log recorded (\(last.iso8601)); nothing was written"
        case let .integrity(message):
            "the store refused the write: \(message)"
        case let .sqlite(path, code, message):
            "SQLite error \(code) on \(path): \(message)"
        case let .notAFile(path, kind):
            "\(path) is a \(kind), not a store file; nothing was opened"
        case let .discontinuous(path, broken):
            "\(path) no longer continues the log it held: \(broken); nothing was read or written"
        case let .upstream(_, message):
            message
        case let .replicaDiverged(path, position, detail):
            "the local replica \(path) disagrees with the team store at position \(position) (\(detail)); "
                + "nothing was written. Delete the replica file and run the command again to rebuild it from the team store"
        }
    }
}

extension EventLogError {
    /// A duration in the largest unit that keeps it readable.
    static func span(_ microseconds: Int64) -> String {
        let seconds = microseconds / 1_000_000
        switch seconds {
        case ..<120: return "\(seconds) seconds"
        case ..<7200: return "\(seconds / 60) minutes"
        case ..<172_800: return "\(seconds / 3600) hours"
        default: return "\(seconds / 86_400) days"
        }
    }
}
