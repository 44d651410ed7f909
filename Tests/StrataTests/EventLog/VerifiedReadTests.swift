import Foundation
import GRDB
import Testing
import Strata

/// A read that walks the chain as it goes finds exactly the break `verify` reports, before its
/// consumer sees the event there, on the same connection and on the read-ahead thread.
@Suite struct VerifiedReadTests {
    /// `count` notes in streams of 50, one append per stream.
    private func store(notes count: Int) throws -> TemporaryStore {
        let store = try TemporaryStore()
        for start in stride(from: 0, to: count, by: 50) {
            let events = (start..<min(start + 50, count)).map { note("n\($0)") }
            try store.log.append(events, to: "note-\(start)", expected: .noStream, metadata: testMetadata)
        }
        return store
    }

    /// What each verifying read does with the log: the events its consumer saw, and the break it threw.
    private func verifyingReads(_ log: SQLiteEventLog) throws -> [(seen: [Int64], broken: ChainBreak?)] {
        func run(_ read: (SQLiteEventLog, Database, (RecordedEvent) throws -> Void) throws -> Void) throws -> ([Int64], ChainBreak?) {
            var seen: [Int64] = []
            do {
                try log.write { db in try read(log, db) { seen.append($0.position) } }
                return (seen, nil)
            } catch let broken as ChainBroken {
                return (seen, broken.chainBreak)
            }
        }
        return [
            try run { log, db, body in try log.scanVerifyingChain(in: db, body) },
            try run { log, _, body in try log.readAhead(after: 0, verifyingChain: true, body) },
        ]
    }

    @Test func aSoundLogIsReadWholeByBothReads() throws {
        let store = try store(notes: 5_000)
        defer { store.remove() }
        let all = try store.log.events(.all).map(\.position)
        for read in try verifyingReads(store.log) {
            #expect(read.broken == nil)
            #expect(read.seen == all)
        }
        #expect(try store.log.read { try store.log.breakFoundWithoutWalk(in: $0) } == nil)
    }

    @Test(arguments: [
        ("content", "UPDATE events SET data = '{\"text\":\"forged\"}' WHERE position = 3210"),
        ("deleted row", "DELETE FROM events WHERE position = 3210"),
        ("relinked", "UPDATE events SET prev_hash = zeroblob(32) WHERE position = 3210"),
        ("time", "UPDATE events SET recorded_at = 0 WHERE position = 3210"),
        ("stream version", "UPDATE events SET stream_version = 70 WHERE position = 3210"),
        ("wrong type", "UPDATE events SET stream_version = 'seven' WHERE position = 3210"),
    ])
    func aBreakIsTheOneVerifyReportsAndNothingPastItIsSeen(_ tamper: (name: String, sql: String)) throws {
        let store = try store(notes: 5_000)
        defer { store.remove() }
        try store.connectionWithoutTriggers().writeWithoutTransaction { db in
            if tamper.name == "wrong type" {
                // A STRICT table refuses a text stream_version, as a hand-edited file need not.
                try db.execute(sql: """
                    DROP VIEW event_log;
                    CREATE TABLE loose AS SELECT * FROM events;
                    DROP TABLE events;
                    ALTER TABLE loose RENAME TO events;
                    """)
            }
            try db.execute(sql: tamper.sql)
        }
        let log = store.log
        let expected = try #require(try log.verify().firstBreak, "\(tamper.name): verify found no break")
        for read in try verifyingReads(log) {
            #expect(read.broken == expected, "\(tamper.name)")
            #expect(read.seen.allSatisfy { $0 < expected.position }, "\(tamper.name): the consumer saw an event at or past the break")
        }
    }

    @Test func aTruncatedTailIsFoundWithoutAWalk() throws {
        let store = try store(notes: 200)
        defer { store.remove() }
        try store.connectionWithoutTriggers().write { try $0.execute(sql: "DELETE FROM events WHERE position > 180") }

        let log = store.log
        let expected = try #require(try log.verify().firstBreak)
        #expect(expected.kind == .truncated)
        #expect(try log.read { try log.breakFoundWithoutWalk(in: $0) } == expected)
        // The chain that is left is sound: only the watermark knows what is missing.
        for read in try verifyingReads(log) { #expect(read.broken == nil) }
    }

    @Test func aRechainedStartIsFoundWithoutAWalk() throws {
        let store = try store(notes: 10)
        defer { store.remove() }
        try store.rawConnection().write { db in
            try db.execute(sql: "DROP TRIGGER store_meta_no_update")
            try db.execute(sql: "UPDATE store_meta SET genesis_hash = zeroblob(32)")
        }
        let log = try SQLiteEventLog.open(at: store.path)
        let expected = try #require(try log.verify().firstBreak)
        #expect(expected.kind == .genesisMismatch)
        #expect(try log.read { try log.breakFoundWithoutWalk(in: $0) } == expected)
    }
}
