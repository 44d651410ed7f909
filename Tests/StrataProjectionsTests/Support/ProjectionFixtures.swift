import Foundation
import GRDB
import Strata
import StrataProjections
import StrataTestSupport

/// A fresh directory under the system temporary directory; call ``remove()`` in a `defer`.
struct TemporaryDirectory {
    let url: URL

    init() throws {
        url = FileManager.default.temporaryDirectory
            .appendingPathComponent("strata-projection-tests-\(UUID().uuidString)", isDirectory: true)
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    func path(_ name: String) -> String { url.appendingPathComponent(name).path }

    func remove() { try? FileManager.default.removeItem(at: url) }
}

/// Thrown by ``NoteCountProjection`` at its `failAt` position.
struct ProjectionFailure: Error, Equatable {}

/// A test read model: how many events each stream holds, in a table the test owns.
struct NoteCountProjection: Projection {
    var name = "noteCount"
    var version = 1
    /// Throws when asked to apply the event at this position.
    var failAt: Int64?

    static let table = "test_note_counts"

    func reset(in db: Database) throws {
        try db.execute(sql: """
            DROP TABLE IF EXISTS \(Self.table);
            CREATE TABLE \(Self.table) (
              stream_id TEXT PRIMARY KEY NOT NULL, events INTEGER NOT NULL, last_position INTEGER NOT NULL
            ) STRICT;
            """)
    }

    func apply(_ event: RecordedEvent, in db: Database) throws {
        if event.position == failAt { throw ProjectionFailure() }
        try db.execute(
            sql: """
                INSERT INTO \(Self.table) (stream_id, events, last_position) VALUES (?, 1, ?)
                ON CONFLICT (stream_id) DO UPDATE SET events = events + 1, last_position = excluded.last_position
                """,
            arguments: [event.streamID, event.position])
    }

    /// `stream_id → events` as stored, or nil when the table does not exist yet.
    static func counts(in db: Database) throws -> [String: Int]? {
        guard try db.tableExists(table) else { return nil }
        let rows = try Row.fetchAll(db, sql: "SELECT stream_id, events FROM \(table)")
        return Dictionary(uniqueKeysWithValues: rows.map { ($0["stream_id"] as String, $0["events"] as Int) })
    }

    /// Every row, ordered, for comparing two builds of the table.
    static func dump(in db: Database) throws -> [[String]] {
        try Row.fetchAll(db, sql: "SELECT stream_id, events, last_position FROM \(table) ORDER BY stream_id").map { row in
            row.databaseValues.map(\.description)
        }
    }
}

let testMetadata = EventMetadata(actor: "tester", commandID: "0190a6c0-0000-7000-8000-000000000002")

extension SQLiteEventLog {
    /// Appends one small event to `stream` per entry, one transaction each.
    func appendNotes(_ streams: [String]) throws {
        for stream in streams {
            try append([NewEvent(eventType: "note.written", data: "{}")], to: stream, expected: .any, metadata: testMetadata)
        }
    }

    func counts() throws -> [String: Int]? { try read { try NoteCountProjection.counts(in: $0) } }

    func checkpoint(_ name: String = "noteCount") throws -> ProjectionCheckpoint? {
        try read { try ProjectionCheckpoint.load(name, in: $0) }
    }
}
