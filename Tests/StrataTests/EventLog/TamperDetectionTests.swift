import Foundation
import GRDB
import Testing
import Strata

/// `verify` finds a row edited, deleted, reordered or inserted, even with the triggers dropped.
@Suite struct TamperDetectionTests {
    /// Five events over two streams, and a connection with the triggers dropped by hand.
    private func tamperableStore() throws -> (TemporaryStore, DatabaseQueue) {
        let store = try TemporaryStore()
        for index in 1...5 {
            try store.log.append([note("e\(index)")], to: index.isMultiple(of: 2) ? "note-b" : "note-a",
                                 expected: .any, metadata: testMetadata)
        }
        #expect(try store.log.verify().isSound)
        return (store, try store.connectionWithoutTriggers())
    }

    @Test func soundLogVerifies() throws {
        let (store, _) = try tamperableStore()
        defer { store.remove() }
        let result = try store.log.verify()
        #expect(result.isSound)
        #expect(result.firstBreak == nil)
        #expect(result.eventCount == 5)
        #expect(result.head == (try store.log.head()))
        #expect(result.anchorHeld == nil)
    }

    @Test func editedRowIsFound() throws {
        let (store, raw) = try tamperableStore()
        defer { store.remove() }
        try raw.write { db in
            try db.execute(sql: "UPDATE events SET data = '{\"text\":\"forged\"}' WHERE position = 3")
        }
        let result = try store.log.verify()
        #expect(!result.isSound)
        #expect(result.firstBreak?.position == 3)
        #expect(result.firstBreak?.kind == .contentChanged)
        #expect(result.head.position == 2, "sound up to the last good event")
        #expect(result.firstBreak?.description.hasPrefix("position 3: content-changed: ") == true)
    }

    @Test func editedRowWithRecomputedHashBreaksTheNextLink() throws {
        let (store, raw) = try tamperableStore()
        defer { store.remove() }
        var forged = try #require(try store.log.events(EventQuery(after: 2, limit: 1)).first)
        forged.data = "{\"text\":\"forged\"}"
        forged.hash = EventHasher.hash(of: forged)
        try raw.write { db in
            try db.execute(sql: "UPDATE events SET data = ?, hash = ? WHERE position = 3",
                           arguments: [forged.data, Data(forged.hash)])
        }
        let result = try store.log.verify()
        #expect(result.firstBreak?.position == 4)
        #expect(result.firstBreak?.kind == .chainLinkBroken)
    }

    @Test func deletedRowIsFound() throws {
        let (store, raw) = try tamperableStore()
        defer { store.remove() }
        try raw.write { db in try db.execute(sql: "DELETE FROM events WHERE position = 2") }
        let result = try store.log.verify()
        #expect(result.firstBreak?.position == 2)
        #expect(result.firstBreak?.kind == .positionGap)
    }

    @Test func reorderedRowsAreFound() throws {
        let (store, raw) = try tamperableStore()
        defer { store.remove() }
        try raw.write { db in
            // Swap the events at positions 2 and 3, keeping each one's columns intact.
            try db.execute(sql: """
                CREATE TEMP TABLE swap AS SELECT * FROM events WHERE position IN (2, 3);
                DELETE FROM events WHERE position IN (2, 3);
                INSERT INTO events SELECT 5 - position, event_id, stream_id, category, stream_version, event_type,
                  schema_version, data, metadata, recorded_at, effective_at, prev_hash, hash FROM swap;
                """)
        }
        let result = try store.log.verify()
        #expect(result.firstBreak?.position == 2)
        #expect(result.firstBreak?.kind == .chainLinkBroken)
    }

    @Test func insertedRowIsFound() throws {
        let (store, raw) = try tamperableStore()
        defer { store.remove() }
        // A well-formed event slipped in after position 2, with a correct hash of its own.
        var inserted = try #require(try store.log.events(EventQuery(after: 1, limit: 1)).first)
        inserted.position = 3
        inserted.eventID = EventID.make()
        inserted.streamVersion = 2
        inserted.data = "{\"text\":\"inserted\"}"
        inserted.prevHash = inserted.hash
        inserted.hash = EventHasher.hash(of: inserted)
        try raw.write { db in
            try db.execute(sql: "UPDATE events SET position = position + 100 WHERE position >= 3")
            try db.execute(sql: "UPDATE events SET position = position - 99 WHERE position >= 103")
            try db.execute(sql: "UPDATE events SET stream_version = stream_version + 1 WHERE stream_id = ? AND position > 3",
                           arguments: [inserted.streamID])
            try db.execute(sql: """
                INSERT INTO events VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """, arguments: [inserted.position, inserted.eventID, inserted.streamID, inserted.category,
                                 inserted.streamVersion, inserted.eventType, inserted.schemaVersion, inserted.data,
                                 inserted.metadata, inserted.recordedAt.microseconds, inserted.effectiveAt.microseconds,
                                 Data(inserted.prevHash), Data(inserted.hash)])
        }
        let result = try store.log.verify()
        #expect(result.head.position == 3, "the forged row itself chains correctly")
        #expect(result.firstBreak?.position == 4)
        #expect(result.firstBreak?.kind == .chainLinkBroken)
    }

    @Test func droppedTriggersAreReportedAsWarnings() throws {
        let (store, _) = try tamperableStore()
        defer { store.remove() }
        let result = try store.log.verify()
        #expect(result.isSound, "dropping triggers changes no event")
        #expect(result.warnings.count == 3)
        #expect(result.warnings.allSatisfy { $0.contains("is missing") })
    }

    @Test func streamVersionGapIsFound() throws {
        let (store, raw) = try tamperableStore()
        defer { store.remove() }
        var forged = try #require(try store.log.events(EventQuery(after: 4)).first)
        forged.streamVersion = 9
        forged.hash = EventHasher.hash(of: forged)
        try raw.write { db in
            try db.execute(sql: "UPDATE events SET stream_version = 9, hash = ? WHERE position = 5",
                           arguments: [Data(forged.hash)])
        }
        let result = try store.log.verify()
        #expect(result.firstBreak?.position == 5)
        #expect(result.firstBreak?.kind == .streamVersionGap)
    }

    @Test func malformedColumnIsReportedNotTrapped() throws {
        let (store, raw) = try tamperableStore()
        defer { store.remove() }
        try raw.writeWithoutTransaction { db in
            // Rebuild the table without its STRICT types and NOT NULLs, then blank a hash.
            try db.execute(sql: """
                DROP VIEW event_log;
                CREATE TABLE loose AS SELECT * FROM events;
                DROP TABLE events;
                ALTER TABLE loose RENAME TO events;
                UPDATE events SET hash = NULL WHERE position = 4;
                """)
        }
        let result = try store.log.verify()
        #expect(result.head.position == 3)
        #expect(result.firstBreak?.position == 4)
        #expect(result.firstBreak?.kind == .malformedRow)
        #expect(result.firstBreak?.detail == "row at position 4 has a malformed column 12")
        #expect(throws: EventLogError.corrupt(path: store.path, detail: "row at position 4 has a malformed column 12")) {
            try store.log.events()
        }
    }
}
