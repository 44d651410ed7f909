import Foundation
import GRDB
import Testing
import Strata
import StrataProjections
import StrataTestSupport

/// Inline projections commit in the append's own transaction: never behind, never ahead.
@Suite struct InlineProjectionsTests {
    @Test func readModelIsUpdatedByTheAppendItself() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let path = directory.path("store.db")
        let log = try SQLiteEventLog.create(at: path, hooks: [InlineProjections([NoteCountProjection()])])
        try log.appendNotes(["note-a", "note-b"])
        try log.append([NewEvent(eventType: "t", data: "{}"), NewEvent(eventType: "t", data: "{}")],
                       to: "note-a", expected: .any, metadata: testMetadata)

        // Seen from another connection, with no catch-up run by anyone.
        let plain = try SQLiteEventLog.open(at: path)
        #expect(try plain.counts() == ["note-a": 3, "note-b": 1])
        let checkpoint = try #require(try plain.checkpoint())
        #expect(checkpoint.position == 4)
        #expect(checkpoint.positionHash == (try plain.head().hash))
    }

    @Test func throwingHookRollsTheAppendBack() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let log = try SQLiteEventLog.create(
            at: directory.path("store.db"), hooks: [InlineProjections([NoteCountProjection(failAt: 3)])])
        try log.appendNotes(["note-a", "note-b"])
        let before = try log.head()

        #expect(throws: ProjectionFailure()) { try log.appendNotes(["note-c"]) }
        #expect(try log.head() == before, "the event is not in the log")
        #expect(try log.events(EventQuery(streamID: "note-c")).isEmpty)
        #expect(try log.counts() == ["note-a": 1, "note-b": 1])
        #expect(try log.checkpoint()?.position == 2)
        #expect(try log.verify().isSound)
    }

    @Test func projectionAddedLaterCatchesUpOnTheNextAppend() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let path = directory.path("store.db")
        try SQLiteEventLog.create(at: path).appendNotes(["note-a", "note-a", "note-b"])

        let log = try SQLiteEventLog.open(at: path, hooks: [InlineProjections([NoteCountProjection()])])
        try log.appendNotes(["note-c"])
        #expect(try log.counts() == ["note-a": 2, "note-b": 1, "note-c": 1])
        #expect(try log.checkpoint()?.position == 4)
    }

    @Test func appendsByAWriterWithoutTheHookAreCaughtUpNextTime() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let path = directory.path("store.db")
        let inline = try SQLiteEventLog.create(at: path, hooks: [InlineProjections([NoteCountProjection()])])
        try inline.appendNotes(["note-a"])
        try SQLiteEventLog.open(at: path).appendNotes(["note-b", "note-b"])
        #expect(try inline.checkpoint()?.position == 1, "the plain writer did not touch the read model")

        try inline.appendNotes(["note-a"])
        #expect(try inline.counts() == ["note-a": 2, "note-b": 2])
        #expect(try inline.checkpoint()?.position == 4)
    }

    @Test func versionBumpRebuildsInline() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let path = directory.path("store.db")
        try SQLiteEventLog.create(at: path, hooks: [InlineProjections([NoteCountProjection()])])
            .appendNotes(["note-a", "note-b"])
        let log = try SQLiteEventLog.open(at: path, hooks: [InlineProjections([NoteCountProjection(version: 2)])])
        try log.appendNotes(["note-a"])
        #expect(try log.counts() == ["note-a": 2, "note-b": 1])
        #expect(try log.checkpoint()?.version == 2)
    }

    @Test func idempotentRetryDoesNotFoldTwice() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let log = try SQLiteEventLog.create(
            at: directory.path("store.db"), hooks: [InlineProjections([NoteCountProjection()])])
        let event = NewEvent(eventType: "note.written", data: "{}")
        try log.append([event], to: "note-a", expected: .noStream, metadata: testMetadata)
        let retry = try log.append([event], to: "note-a", expected: .noStream, metadata: testMetadata)
        #expect(retry.wasAlreadyStored)
        #expect(try log.counts() == ["note-a": 1])
    }

    @Test func incrementalInlineMatchesAFullRebuild() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let log = try SQLiteEventLog.create(
            at: directory.path("store.db"), hooks: [InlineProjections([NoteCountProjection()])])
        try log.appendNotes(["note-a", "note-b", "note-a", "task-1", "note-a"])
        let inline = try log.read { try NoteCountProjection.dump(in: $0) }
        try ProjectionRunner([NoteCountProjection()]).rebuild(log)
        #expect(try log.read { try NoteCountProjection.dump(in: $0) } == inline)
    }
}
