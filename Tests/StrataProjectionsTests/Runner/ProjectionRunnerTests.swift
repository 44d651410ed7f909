import Foundation
import GRDB
import Testing
import Strata
import StrataProjections
import StrataTestSupport

/// Catch-up, checkpoints and rebuilds, on real stores.
@Suite struct ProjectionRunnerTests {
    @Test func catchUpFoldsEveryEventAndRecordsTheHead() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let log = try SQLiteEventLog.create(at: directory.path("store.db"))
        try log.appendNotes(["note-a", "note-b", "note-a"])
        let runner = ProjectionRunner([NoteCountProjection()])

        let progress = try runner.catchUp(log)
        #expect(progress.map(\.rebuilt) == [true], "a new projection is built from position 0")
        #expect(progress.map(\.eventsApplied) == [3])
        #expect(try log.counts() == ["note-a": 2, "note-b": 1])
        let checkpoint = try #require(try log.checkpoint())
        #expect(checkpoint.position == 3)
        #expect(checkpoint.positionHash == (try log.head().hash))
        #expect(checkpoint.version == 1)
    }

    @Test func catchUpIsIncremental() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let log = try SQLiteEventLog.create(at: directory.path("store.db"))
        let runner = ProjectionRunner([NoteCountProjection()])
        try log.appendNotes(["note-a", "note-b"])
        try runner.catchUp(log)
        try log.appendNotes(["note-b", "note-c"])

        let progress = try #require(try runner.catchUp(log).first)
        #expect(!progress.rebuilt)
        #expect(progress.eventsApplied == 2)
        #expect(progress.position == 4)
        #expect(try log.counts() == ["note-a": 1, "note-b": 2, "note-c": 1])
        let idle = try #require(try runner.catchUp(log).first)
        #expect(idle.eventsApplied == 0 && !idle.rebuilt)
    }

    @Test func checkpointCommitsWithTheReadModelOrNotAtAll() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let log = try SQLiteEventLog.create(at: directory.path("store.db"))
        try log.appendNotes(["note-a", "note-b"])
        try ProjectionRunner([NoteCountProjection()]).catchUp(log)
        try log.appendNotes(["note-a", "note-b", "note-c"])

        #expect(throws: ProjectionFailure()) {
            try ProjectionRunner([NoteCountProjection(failAt: 4)]).catchUp(log)
        }
        #expect(try log.counts() == ["note-a": 1, "note-b": 1], "event 3 was folded, then rolled back with the failure")
        #expect(try log.checkpoint()?.position == 2)

        try ProjectionRunner([NoteCountProjection()]).catchUp(log)
        #expect(try log.counts() == ["note-a": 2, "note-b": 2, "note-c": 1])
        #expect(try log.checkpoint()?.position == 5)
    }

    @Test func versionBumpRebuildsFromScratch() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let log = try SQLiteEventLog.create(at: directory.path("store.db"))
        try log.appendNotes(["note-a", "note-b", "note-a"])
        try ProjectionRunner([NoteCountProjection()]).catchUp(log)
        try log.write { db in try db.execute(sql: "INSERT INTO test_note_counts VALUES ('stale-row', 99, 0)") }

        let progress = try #require(try ProjectionRunner([NoteCountProjection(version: 2)]).catchUp(log).first)
        #expect(progress.rebuilt)
        #expect(progress.eventsApplied == 3)
        #expect(try log.counts() == ["note-a": 2, "note-b": 1], "the reset dropped what v1 wrote")
        #expect(try log.checkpoint()?.version == 2)
    }

    @Test func storeReplacedByAnotherStoresFileIsRebuilt() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let pathA = directory.path("a.db"), pathB = directory.path("b.db")
        let runner = ProjectionRunner([NoteCountProjection()])
        do {
            let logA = try SQLiteEventLog.create(at: pathA)
            try logA.appendNotes(["note-a", "note-a", "note-a"])
            try runner.catchUp(logA)
            let logB = try SQLiteEventLog.create(at: pathB)
            try logB.appendNotes(["note-b", "note-b", "note-b", "note-b"])
        }
        // Both logs are closed, so their WAL files are checkpointed and gone.
        try FileManager.default.removeItem(atPath: pathA)
        try FileManager.default.copyItem(atPath: pathB, toPath: pathA)

        let log = try SQLiteEventLog.open(at: pathA)
        let progress = try #require(try runner.catchUp(log).first)
        #expect(progress.rebuilt)
        #expect(try log.counts() == ["note-b": 4])
    }

    @Test func logRewrittenUnderTheCheckpointIsRebuilt() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let pathA = directory.path("a.db"), pathB = directory.path("b.db")
        let runner = ProjectionRunner([NoteCountProjection()])
        let log = try SQLiteEventLog.create(at: pathA)
        try log.appendNotes(["note-a", "note-a", "note-a"])
        try runner.catchUp(log)
        try SQLiteEventLog.create(at: pathB).appendNotes(["note-b", "note-b", "note-b", "note-b"])

        // Someone swaps the events table's rows for another store's, keeping the checkpoint row.
        let raw = try DatabaseQueue(path: pathA)
        try raw.writeWithoutTransaction { db in
            try db.execute(sql: "DROP TRIGGER events_no_delete; DROP TRIGGER events_insert_continues_log")
            try db.execute(sql: "ATTACH DATABASE ? AS other", arguments: [pathB])
            try db.execute(sql: "DELETE FROM main.events; INSERT INTO main.events SELECT * FROM other.events")
            try db.execute(sql: "DETACH DATABASE other")
        }

        let progress = try #require(try runner.catchUp(log).first)
        #expect(progress.rebuilt, "the event at the checkpoint's position is no longer the one it saw")
        #expect(progress.eventsApplied == 4)
        #expect(try log.counts() == ["note-b": 4])
    }

    @Test func olderBackupWithAMatchingCheckpointIsNotRebuilt() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let path = directory.path("store.db"), backup = directory.path("backup.db")
        let runner = ProjectionRunner([NoteCountProjection()])
        do {
            let log = try SQLiteEventLog.create(at: path)
            try log.appendNotes(["note-a", "note-b"])
            try runner.catchUp(log)
            try DatabaseQueue(path: path).writeWithoutTransaction { db in
                try db.execute(sql: "VACUUM INTO ?", arguments: [backup])
            }
        }
        let restored = try SQLiteEventLog.open(at: backup)
        try restored.appendNotes(["note-c"])
        let progress = try #require(try runner.catchUp(restored).first)
        #expect(!progress.rebuilt)
        #expect(progress.eventsApplied == 1)
    }

    @Test func rebuildGivesTheSameTablesAsIncrementalCatchUp() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let log = try SQLiteEventLog.create(at: directory.path("store.db"))
        let runner = ProjectionRunner([NoteCountProjection()])
        let streams = ["note-a", "note-b", "task-1", "note-a", "note-c", "task-1", "note-a", "note-b"]
        for chunk in stride(from: 0, to: streams.count, by: 3) {
            try log.appendNotes(Array(streams[chunk..<min(chunk + 3, streams.count)]))
            try runner.catchUp(log)
        }
        let incremental = try log.read { try NoteCountProjection.dump(in: $0) }
        let incrementalCheckpoint = try log.checkpoint()

        let progress = try #require(try runner.rebuild(log).first)
        #expect(progress.rebuilt && progress.eventsApplied == streams.count)
        #expect(try log.read { try NoteCountProjection.dump(in: $0) } == incremental)
        #expect(try log.checkpoint()?.position == incrementalCheckpoint?.position)
        #expect(try log.checkpoint()?.positionHash == incrementalCheckpoint?.positionHash)
        #expect(incremental.count == 4)
    }

    @Test func emptyLogGetsAnEmptyReadModel() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let log = try SQLiteEventLog.create(at: directory.path("store.db"))
        let progress = try #require(try ProjectionRunner([NoteCountProjection()]).catchUp(log).first)
        #expect(progress.rebuilt && progress.eventsApplied == 0 && progress.position == 0)
        #expect(try log.counts() == [:])
        #expect(try log.checkpoint()?.position == 0)
        try log.appendNotes(["note-a"])
        try ProjectionRunner([NoteCountProjection()]).catchUp(log)
        #expect(try log.counts() == ["note-a": 1])
    }

    @Test func checkpointBeyondATruncatedLogFailsVerify() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let path = directory.path("store.db")
        let log = try SQLiteEventLog.create(at: path)
        try log.appendNotes(["note-a", "note-a", "note-a", "note-a"])
        try ProjectionRunner([NoteCountProjection()]).catchUp(log)
        try DatabaseQueue(path: path).writeWithoutTransaction { db in
            try db.execute(sql: "DROP TRIGGER events_no_delete; DELETE FROM events WHERE position > 2")
        }
        let result = try log.verify()
        #expect(!result.isSound)
        #expect(result.firstBreak?.kind == .truncated)
        #expect(result.firstBreak?.position == 3)
    }
}

/// Several projections caught up together: one pass over the log, one transaction.
@Suite struct ProjectionRunnerSharedPassTests {
    /// Sums positions per stream in its own table, so it can run beside ``NoteCountProjection``.
    struct PositionSumProjection: Projection {
        var name = "positionSum"
        var version = 1

        func reset(in db: Database) throws {
            try db.execute(sql: "DROP TABLE IF EXISTS test_position_sums; CREATE TABLE test_position_sums (stream_id TEXT PRIMARY KEY, total INTEGER NOT NULL) STRICT")
        }

        func apply(_ event: RecordedEvent, in db: Database) throws {
            try db.execute(
                sql: "INSERT INTO test_position_sums VALUES (?, ?) ON CONFLICT (stream_id) DO UPDATE SET total = total + excluded.total",
                arguments: [event.streamID, event.position])
        }

        static func sums(_ log: SQLiteEventLog) throws -> [String: Int] {
            try log.read { db in
                Dictionary(uniqueKeysWithValues: try Row.fetchAll(db, sql: "SELECT stream_id, total FROM test_position_sums").map {
                    ($0[0] as String, $0[1] as Int)
                })
            }
        }
    }

    @Test func aCurrentAndANewProjectionCatchUpFromTheirOwnCheckpoints() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let log = try SQLiteEventLog.create(at: directory.path("store.db"))
        try log.appendNotes(["note-a", "note-b", "note-a"])
        try ProjectionRunner([NoteCountProjection()]).catchUp(log)
        try log.appendNotes(["note-b", "note-c"])

        let progress = try ProjectionRunner([NoteCountProjection(), PositionSumProjection()]).catchUp(log)
        #expect(progress.map(\.rebuilt) == [false, true])
        #expect(progress.map(\.eventsApplied) == [2, 5])
        #expect(progress.map(\.position) == [5, 5])
        #expect(try log.counts() == ["note-a": 2, "note-b": 2, "note-c": 1])
        #expect(try PositionSumProjection.sums(log) == ["note-a": 4, "note-b": 6, "note-c": 5])
        #expect(try log.checkpoint("positionSum")?.positionHash == (try log.head().hash))
    }

    @Test func aRebuildIsAllOrNothingAcrossProjections() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let log = try SQLiteEventLog.create(at: directory.path("store.db"))
        try log.appendNotes(["note-a", "note-b", "note-a"])
        try ProjectionRunner([PositionSumProjection(), NoteCountProjection()]).catchUp(log)
        try log.appendNotes(["note-c"])

        #expect(throws: ProjectionFailure.self) {
            try ProjectionRunner([PositionSumProjection(), NoteCountProjection(failAt: 4)]).rebuild(log)
        }
        // The failure rolled back the other projection's rebuild too: both still stand at position 3.
        #expect(try log.checkpoint("positionSum")?.position == 3)
        #expect(try log.checkpoint()?.position == 3)
        #expect(try PositionSumProjection.sums(log) == ["note-a": 4, "note-b": 2])

        let rebuilt = try ProjectionRunner([PositionSumProjection(), NoteCountProjection()]).rebuild(log)
        #expect(rebuilt.map(\.eventsApplied) == [4, 4])
        #expect(try PositionSumProjection.sums(log) == ["note-a": 4, "note-b": 2, "note-c": 4])
    }
}

/// A long catch-up reads the log on a second thread; it must fold exactly what the plain scan folds.
@Suite struct ProjectionRunnerReadAheadTests {
    @Test func aLongRebuildGivesTheSameTablesAsIncrementalFolds() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let log = try SQLiteEventLog.create(at: directory.path("store.db"))
        let runner = ProjectionRunner([NoteCountProjection(), ProjectionRunnerSharedPassTests.PositionSumProjection()])
        for batch in 0..<12 {
            let events = (0..<1_000).map { _ in NewEvent(eventType: "note.written", data: "{}") }
            try log.append(events, to: "note-\(batch % 5)", expected: .any, metadata: testMetadata)
            if batch == 3 { try runner.catchUp(log) }   // 4,000 in, then 8,000 behind: the plain scan
        }
        let incremental = try runner.catchUp(log)
        #expect(incremental.map(\.eventsApplied) == [8_000, 8_000])
        let counts = try log.counts()
        let sums = try ProjectionRunnerSharedPassTests.PositionSumProjection.sums(log)

        let rebuilt = try runner.rebuild(log)   // 12,000 behind: read ahead
        #expect(rebuilt.map(\.eventsApplied) == [12_000, 12_000])
        #expect(try log.counts() == counts)
        #expect(try ProjectionRunnerSharedPassTests.PositionSumProjection.sums(log) == sums)
        #expect(try log.checkpoint()?.positionHash == (try log.head().hash))
    }
}

/// A rebuild that verifies the chain while it folds refuses a broken log with verify's own
/// break and leaves every read model as it stood; a sound log is folded as without it.
@Suite struct ProjectionRunnerVerifyingTests {
    @Test(arguments: [300, 12_000])   // folded on the write connection, and read ahead
    func aBrokenLogRollsTheRebuildBackWithVerifysBreak(events: Int) throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let log = try SQLiteEventLog.create(at: directory.path("store.db"))
        for start in stride(from: 0, to: events, by: 100) {
            let notes = (start..<min(start + 100, events)).map { _ in NewEvent(eventType: "note.written", data: "{}") }
            try log.append(notes, to: "note-\(start % 700)", expected: .any, metadata: testMetadata)
        }
        let runner = ProjectionRunner([NoteCountProjection()])
        let sound = try runner.rebuild(log, verifyingChain: true)
        #expect(sound.map(\.eventsApplied) == [events])
        let counts = try log.counts()
        let checkpoint = try log.checkpoint()

        try DatabaseQueue(path: log.path).writeWithoutTransaction { db in
            try db.execute(sql: "DROP TRIGGER events_no_update")
            try db.execute(sql: "UPDATE events SET data = '{\"forged\":true}' WHERE position = ?", arguments: [events - 50])
        }
        let expected = try #require(try log.verify().firstBreak)
        #expect(expected.position == Int64(events - 50))
        #expect {
            try runner.rebuild(log, verifyingChain: true)
        } throws: { error in
            (error as? ChainBroken)?.chainBreak == expected
        }
        #expect(try log.counts() == counts, "the fold before the break was rolled back")
        #expect(try log.checkpoint() == checkpoint)
    }
}
