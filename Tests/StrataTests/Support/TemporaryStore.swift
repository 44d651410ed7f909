import Foundation
import GRDB
import Strata
import StrataTestSupport
import StrataJSON

/// A store in its own temporary directory: `let store = try TemporaryStore(); defer { store.remove() }`.
struct TemporaryStore {
    let directory: TemporaryDirectory
    let path: String
    let log: SQLiteEventLog

    init(hooks: [any AppendHook] = [], clock: @escaping @Sendable () -> Timestamp = Timestamp.now) throws {
        directory = try TemporaryDirectory()
        path = directory.path("store.db")
        log = try SQLiteEventLog.create(at: path, hooks: hooks, clock: clock)
    }

    func remove() { directory.remove() }

    /// A second connection that bypasses the log, as a tamperer or the sqlite3 shell would.
    func rawConnection() throws -> DatabaseQueue { try DatabaseQueue(path: path) }

    /// A raw connection on which the log's immutability triggers have been dropped by hand.
    func connectionWithoutTriggers() throws -> DatabaseQueue {
        let queue = try rawConnection()
        try queue.write { db in
            for trigger in ["events_no_update", "events_no_delete", "events_insert_continues_log"] {
                try db.execute(sql: "DROP TRIGGER \(trigger)")
            }
        }
        return queue
    }
}

/// A clock the test moves by hand, to prove the store does not trust it.
final class ManualClock: @unchecked Sendable {
    private let lock = NSLock()
    private var current: Timestamp

    init(_ start: Timestamp = Timestamp(microseconds: 1_750_000_000_000_000)) { current = start }

    var now: Timestamp {
        get { lock.withLock { current } }
        set { lock.withLock { current = newValue } }
    }

    func advance(microseconds: Int64) { lock.withLock { current.microseconds += microseconds } }

    /// The closure `SQLiteEventLog.create(at:clock:)` takes.
    var closure: @Sendable () -> Timestamp { { self.now } }
}

/// Metadata for test appends.
let testMetadata = EventMetadata(actor: "tester", commandID: "0190a6c0-0000-7000-8000-000000000001")

/// A small valid event.
func note(_ text: String = "hello", type: String = "note.written", id: String = EventID.make()) -> NewEvent {
    NewEvent(eventID: id, eventType: type, data: "{\"text\":\(JSONString.quoted(text))}")
}

extension SQLiteEventLog {
    /// Appends `count` notes to `stream`, one transaction each.
    func appendNotes(_ count: Int, to stream: String) throws {
        for index in 0..<count {
            try append([note("n\(index)")], to: stream, expected: .any, metadata: testMetadata)
        }
    }
}

/// A file's bytes, to prove an operation left it untouched.
func fileBytes(_ path: String) throws -> Data {
    try Data(contentsOf: URL(fileURLWithPath: path))
}
