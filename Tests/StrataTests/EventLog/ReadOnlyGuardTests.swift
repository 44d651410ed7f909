import Foundation
import GRDB
import StrataTestSupport
import Testing
@testable import Strata

/// A store read with `immutable=1` takes no SQLite locks, so a writer meanwhile must be noticed from
/// the file itself and reported, never answered from; the read lock keeps the last writer from
/// checkpointing and deleting `-wal`/`-shm` under a read-only open (issue 14).
@Suite struct ReadOnlyGuardTests {
    private func access(_ store: TemporaryStore, _ mode: ReadOnlyAccess.Mode? = nil) throws -> ReadOnlyAccess {
        let stamp = try #require(FileStamp(store.path))
        let lock = try StoreReadLock(file: store.path, path: store.path, timeout: 1)
        return ReadOnlyAccess(mode: mode ?? .immutable(stamp), file: store.path, lock: lock)
    }

    /// Appends an event and checkpoints it into the file, as the last writer to close does.
    private func writeIntoTheFile(_ store: TemporaryStore) throws {
        try store.log.append([NewEvent(eventType: "note.written", data: "{}")], to: "note-1", expected: .any, metadata: testMetadata)
        Thread.sleep(forTimeInterval: 0.02)   // past the file system's timestamp resolution
        try store.rawConnection().writeWithoutTransaction { try $0.execute(sql: "PRAGMA wal_checkpoint(TRUNCATE)") }
    }

    @Test func aReadOfAnUnchangedFileReturnsItsAnswerOrItsError() throws {
        let store = try TemporaryStore()
        defer { store.remove() }
        let access = try access(store)
        #expect(try ReadOnlyAccess.guarding(access, path: store.path) { 42 } == 42)
        #expect(throws: EventLogError.busy(path: "x")) {
            try ReadOnlyAccess.guarding(access, path: store.path) { throw EventLogError.busy(path: "x") }
        }
    }

    @Test func aWriteIntoTheFileDuringTheReadIsReportedInsteadOfTheAnswerOrTheTornReadsError() throws {
        let store = try TemporaryStore()
        defer { store.remove() }
        let access = try access(store)
        #expect(throws: EventLogError.changedWhileRead(path: store.path)) {
            try ReadOnlyAccess.guarding(access, path: store.path) { try writeIntoTheFile(store) }
        }
        let stale = try self.access(store)
        #expect(throws: EventLogError.changedWhileRead(path: store.path)) {
            try ReadOnlyAccess.guarding(stale, path: store.path) {
                try writeIntoTheFile(store)
                throw EventLogError.corrupt(path: store.path, detail: "a page read mid-checkpoint")
            }
        }
    }

    @Test func sqliteNeedingToWriteIsSaidSo() throws {
        let store = try TemporaryStore()
        defer { store.remove() }
        let refusal = DatabaseError(resultCode: .SQLITE_READONLY_DIRECTORY, message: "attempt to write a readonly database")
        #expect(throws: EventLogError.cannotReadWithoutWriting(path: store.path, reason: "SQLite must first update its -wal or -shm file")) {
            try ReadOnlyAccess.guarding(try access(store, .shared), path: store.path) { throw refusal }
        }
    }

    @Test func aSharedReadIsLeftToSQLitesLocking() throws {
        let store = try TemporaryStore()
        defer { store.remove() }
        let shared = try access(store, .shared)
        #expect(try ReadOnlyAccess.guarding(shared, path: store.path) { try writeIntoTheFile(store); return 1 } == 1)
    }

    @Test func aFileRewrittenInPlaceDiffers() throws {
        let directory = try TemporaryDirectory()
        let file = try directory.write("plain.db", String(repeating: "a", count: 4096))
        let before = try #require(FileStamp(file))
        Thread.sleep(forTimeInterval: 0.05)   // past the file system's timestamp resolution
        let handle = try #require(FileHandle(forWritingAtPath: file))
        try handle.write(contentsOf: Data(String(repeating: "b", count: 4096).utf8))
        try handle.close()
        #expect(FileStamp(file) != before, "a checkpoint rewrites pages in place, keeping the size")
    }

    /// The lock is SQLite's SHARED lock, so another process's last connection cannot take the
    /// exclusive one it needs to checkpoint and delete `-wal` and `-shm` while it is held.
    @Test func theReadLockKeepsTheWriteAheadLogWhereItWas() throws {
        let directory = try TemporaryDirectory()
        let store = directory.path("store.db")
        func append() throws {
            let result = try StrataBinary.run(["append", "--store", store, "--stream", "memo-1", "--type", "memo.noted", "--data", "{}"],
                                              in: directory.url)
            #expect(result.status == 0, "\(result)")
        }
        #expect(try StrataBinary.run(["init", store], in: directory.url).status == 0)
        do {
            let lock = try StoreReadLock(file: store, path: store, timeout: 1)
            try append()
            #expect(FileManager.default.fileExists(atPath: store + "-wal") && FileManager.default.fileExists(atPath: store + "-shm"))
            withExtendedLifetime(lock) {}
        }
        try append()
        #expect(!FileManager.default.fileExists(atPath: store + "-wal") && !FileManager.default.fileExists(atPath: store + "-shm"))
    }
}
