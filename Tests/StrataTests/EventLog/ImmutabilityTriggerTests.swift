import Foundation
import GRDB
import Testing
import Strata

/// The events table refuses edits by itself, whoever writes to the file.
@Suite struct ImmutabilityTriggerTests {
    /// A store with three events in two streams, and a raw connection to it.
    private func seededStore() throws -> (TemporaryStore, DatabaseQueue) {
        let store = try TemporaryStore()
        try store.log.appendNotes(2, to: "note-1")
        try store.log.appendNotes(1, to: "note-2")
        return (store, try store.rawConnection())
    }

    private func expectRefused(_ sql: String, in queue: DatabaseQueue, saying fragment: String) {
        let error = #expect(throws: DatabaseError.self, "\(sql)") {
            try queue.write { db in try db.execute(sql: sql) }
        }
        #expect(error?.resultCode == .SQLITE_CONSTRAINT)
        #expect(error?.message?.contains(fragment) == true, "\(String(describing: error?.message))")
    }

    @Test(arguments: [
        "UPDATE events SET data = '{\"text\":\"forged\"}' WHERE position = 2",
        "UPDATE events SET position = 10 WHERE position = 3",
        "UPDATE events SET recorded_at = recorded_at",
    ])
    func updateIsRefused(sql: String) throws {
        let (store, queue) = try seededStore()
        defer { store.remove() }
        let before = try store.log.events()
        expectRefused(sql, in: queue, saying: "events are immutable")
        #expect(try store.log.events() == before)
    }

    @Test(arguments: ["DELETE FROM events WHERE position = 3", "DELETE FROM events"])
    func deleteIsRefused(sql: String) throws {
        let (store, queue) = try seededStore()
        defer { store.remove() }
        expectRefused(sql, in: queue, saying: "append-only")
        #expect(try store.log.head().position == 3)
    }

    @Test(arguments: ["ON", "OFF"])
    func insertOrReplaceIsRefused(recursiveTriggers: String) throws {
        let (store, queue) = try seededStore()
        defer { store.remove() }
        let before = try store.log.events()
        try queue.writeWithoutTransaction { db in try db.execute(sql: "PRAGMA recursive_triggers = \(recursiveTriggers)") }
        for sql in [
            "INSERT OR REPLACE INTO events SELECT * FROM events WHERE position = 2",
            "REPLACE INTO events SELECT * FROM events WHERE position = 3",
        ] {
            expectRefused(sql, in: queue, saying: "event_id is already in the log")
        }
        #expect(try store.log.events() == before)
        #expect(try store.log.verify().isSound)
    }

    @Test func replaceOfAnExistingPositionWithANewIdIsRefused() throws {
        let (store, queue) = try seededStore()
        defer { store.remove() }
        try queue.writeWithoutTransaction { db in try db.execute(sql: "PRAGMA recursive_triggers = OFF") }
        expectRefused("""
            REPLACE INTO events SELECT position, '0190a6c0-0000-7000-8000-0000000000ff', stream_id, category,
              stream_version, event_type, schema_version, data, metadata, recorded_at, effective_at, prev_hash, hash
            FROM events WHERE position = 2
            """, in: queue, saying: "position must equal head + 1")
        #expect(try store.log.head().position == 3)
    }

    /// A row inserted after the head by hand: the head row's columns with some of them changed.
    struct ForgedRow: Sendable, CustomTestStringConvertible {
        var position = "position + 1"
        var streamVersion = "stream_version + 1"
        var prevHash = "hash"
        var recordedAt = "recorded_at"
        var refusal: String

        var testDescription: String { refusal }

        func insert(into queue: DatabaseQueue) throws {
            try queue.write { db in
                try db.execute(sql: """
                    INSERT INTO events (position, event_id, stream_id, category, stream_version, event_type,
                                        schema_version, data, metadata, recorded_at, effective_at, prev_hash, hash)
                    SELECT \(position), '0190a6c0-0000-7000-8000-0000000000ee', stream_id, category, \(streamVersion),
                           event_type, schema_version, data, metadata, \(recordedAt), effective_at, \(prevHash), hash
                      FROM events WHERE position = (SELECT MAX(position) FROM events)
                    """)
            }
        }
    }

    @Test(arguments: [
        ForgedRow(position: "position + 2", refusal: "position must equal head + 1"),
        ForgedRow(position: "position", refusal: "position must equal head + 1"),
        ForgedRow(streamVersion: "stream_version + 5", refusal: "stream_version must equal stream head + 1"),
        ForgedRow(streamVersion: "stream_version", refusal: "stream_version must equal stream head + 1"),
        ForgedRow(prevHash: "prev_hash", refusal: "prev_hash must equal the chain head"),
        ForgedRow(recordedAt: "recorded_at - 1", refusal: "recorded_at must not go backwards"),
    ])
    func insertThatDoesNotContinueTheLogIsRefused(row: ForgedRow) throws {
        let (store, queue) = try seededStore()
        defer { store.remove() }
        let error = #expect(throws: DatabaseError.self) { try row.insert(into: queue) }
        #expect(error?.message?.contains(row.refusal) == true, "\(String(describing: error?.message))")
        #expect(try store.log.head().position == 3)
    }

    @Test func anInsertThatContinuesTheLogPassesTheTrigger() throws {
        let (store, queue) = try seededStore()
        defer { store.remove() }
        try ForgedRow(refusal: "none").insert(into: queue)
        let verification = try store.log.verify()
        #expect(verification.head.position == 3, "the trigger let it in, but its hash is forged")
        #expect(verification.firstBreak?.position == 4)
        #expect(verification.firstBreak?.kind == .contentChanged)
    }

    @Test func storeMetaIsImmutable() throws {
        let (store, queue) = try seededStore()
        defer { store.remove() }
        expectRefused("UPDATE store_meta SET store_id = 'x'", in: queue, saying: "store_meta is immutable")
        expectRefused("DELETE FROM store_meta", in: queue, saying: "store_meta is immutable")
        expectRefused("""
            INSERT INTO store_meta (store_id, created_at, hash_alg, genesis_hash) VALUES ('y', 0, 'sha256', zeroblob(32))
            """, in: queue, saying: "exactly one row")
    }

    @Test func appendErrorsFromTriggersMapToIntegrity() throws {
        let store = try TemporaryStore()
        defer { store.remove() }
        try store.log.appendNotes(1, to: "note-1")
        let error = #expect(throws: EventLogError.self) {
            try store.log.write { db in try db.execute(sql: "DELETE FROM events") }
        }
        #expect(error == .integrity("events are append-only: nothing may be deleted"))
    }
}
