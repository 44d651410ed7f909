import Foundation
import GRDB
import Testing
import Strata
import StrataProjections

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
