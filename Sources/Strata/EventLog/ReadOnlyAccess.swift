import Foundation
import GRDB
import StrataMigrations
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// How a store this user cannot write is opened: for reading only, creating no file, and never
/// answering from a file a concurrent writer changed.
///
/// SQLite's rules for a WAL database the process cannot write (wal.html, "Read-Only Databases";
/// uri.html, `immutable`), checked against this build's SQLite:
/// - Even a `SQLITE_OPEN_READONLY` connection creates `-wal` and `-shm` when they are missing and
///   the directory is writable: they stay behind, owned by the reader (who can neither checkpoint
///   nor delete them), and the owner's next open cannot write them. In an unwritable directory it
///   cannot open the database at all.
/// - When `-wal` and `-shm` exist and are readable, a read-only connection needs nothing more: it
///   maps `-shm` read-only beside a live writer, or, with none connected, indexes `-wal` in its own
///   memory (SQLite 3.22+), and sees every committed transaction. That is ``Mode/shared``.
/// - `immutable=1` takes no locks and ignores `-wal` and `-shm`: right only when no committed
///   transaction sits in a `-wal` and no one changes the file while it is read. The first holds
///   when it is chosen (no `-wal`, or an empty one). The second cannot be known (the owner may
///   append at any moment), so ``Mode/immutable(_:)`` keeps a ``FileStamp`` that every read is
///   checked against: a changed file is reported as ``EventLogError/changedWhileRead(path:)``,
///   never answered from.
/// - A `-wal` holding transactions but no `-shm` cannot be read without creating the `-shm`: refused.
///
/// Before looking at `-wal` and `-shm` the open takes a ``StoreReadLock``: the last writer to close
/// can then no longer delete them between the look and SQLite's own open (which would create them
/// anew), nor checkpoint into the file under an immutable read. A store in rollback-journal mode
/// needs none of this: its readers only lock the file itself, so it is opened ``Mode/shared``.
struct ReadOnlyAccess: Sendable {
    enum Mode: Equatable, Sendable {
        /// `SQLITE_OPEN_READONLY` with SQLite's own locking, through the existing `-wal` and `-shm`.
        case shared
        /// `immutable=1`, valid while the file still matches the stamp taken before opening it.
        case immutable(FileStamp)
    }

    let mode: Mode
    /// The store file with symlinks resolved: SQLite keeps `-wal` and `-shm` beside it.
    let file: String
    /// Held from before the mode was chosen for as long as the log lives.
    let lock: StoreReadLock

    /// How to open the store at `path` read-only, or nil when this user can write it (and opens it
    /// read-write as always): the file, and each of `-wal` and `-shm` if it exists or else the
    /// directory that SQLite would create it in.
    static func needed(for path: String) throws -> ReadOnlyAccess? {
        let file = FileInspection.resolved(path) ?? URL(fileURLWithPath: path).path
        let directory = (file as NSString).deletingLastPathComponent
        let wal = file + "-wal", shm = file + "-shm"
        let writable = access(file, W_OK) == 0 && [wal, shm].allSatisfy { mayWrite($0, in: directory) }
        if writable { return nil }
        let isWAL = isWAL(file)   // read before locking: closing a descriptor of the file drops the lock
        let lock = try StoreReadLock(file: file, path: path, timeout: SQLiteEventLog.busyTimeout)
        guard isWAL else { return ReadOnlyAccess(mode: .shared, file: file, lock: lock) }
        guard let stamp = FileStamp(file) else { throw EventLogError.storeNotFound(path: path) }
        switch (FileStamp.size(wal), exists(shm)) {
        case (nil, _), (0?, false):
            return ReadOnlyAccess(mode: .immutable(stamp), file: file, lock: lock)
        case (_?, true):
            guard access(wal, R_OK) == 0 && access(shm, R_OK) == 0 else {
                throw EventLogError.cannotReadWithoutWriting(path: path, reason: "its -wal or -shm file is not readable by this user")
            }
            return ReadOnlyAccess(mode: .shared, file: file, lock: lock)
        case (_?, false):
            throw EventLogError.cannotReadWithoutWriting(
                path: path, reason: "its write-ahead log (-wal) has no -shm index, and reading would create one")
        }
    }

    /// The `file:` URI both the log's connection and any ATTACH of the store open, so neither
    /// writes nor creates a file.
    var uri: String {
        let encoded = file.addingPercentEncoding(withAllowedCharacters: .urlPathAllowed) ?? file
        return "file://" + encoded + (mode == .shared ? "?mode=ro" : "?mode=ro&immutable=1")
    }

    /// Opens the connection and checks the schema the way a writable open migrates it, writing nothing.
    func connect(path: String, creating: Bool) throws -> DatabaseQueue {
        var configuration = StoreFile.configuration(readOnly: true)
        configuration.readonly = true
        return try Self.guarding(self, path: path) {
            let queue = try DatabaseQueue(path: uri, configuration: configuration)
            try queue.inDatabase { db in try checkSchema(db, path: path, creating: creating) }
            return queue
        }
    }

    /// Refuses what a writable open would refuse, and what only writing could fix: an empty file
    /// to initialise or a schema to migrate. A current schema's applied migrations are compared.
    private func checkSchema(_ db: Database, path: String, creating: Bool) throws {
        switch try StoreFile.inspect(db) {
        case .foreign: throw EventLogError.foreignDatabase(path: path)
        case .empty: throw creating ? EventLogError.readOnly(path: path) : EventLogError.emptyFile(path: path)
        case .strata:
            if let next = try SchemaMigrator.pendingMigrations(db).first {
                throw EventLogError.cannotReadWithoutWriting(
                    path: path, reason: "this strata must first upgrade its schema to v\(SchemaMigrator.latestVersion) "
                        + "(migration \(next.version), \(next.name))")
            }
        }
    }

    /// Runs `body`, a read of the store, and reports a file that changed meanwhile as
    /// ``EventLogError/changedWhileRead(path:)`` in place of the body's result or error (a torn
    /// read may fail as damage). SQLite reporting that it must write (to recover or re-create the
    /// `-wal` index) is worded as such. Nothing to check when `access` is nil.
    ///
    /// The owner's own commands leave the `-wal` index to be set up again for a moment when their
    /// last connection closes, so a read that meets it while the owner is appending is tried
    /// again a few times, briefly, before the store is reported as needing its owner.
    static func guarding<T>(_ access: ReadOnlyAccess?, path: String, _ body: () throws -> T) throws -> T {
        guard let access else { return try body() }
        var result = Result { try body() }
        for pause in [20_000, 60_000, 150_000] as [useconds_t] where Self.needsWriting(result) {
            usleep(pause)
            result = Result { try body() }
        }
        if case .immutable(let stamp) = access.mode, FileStamp(access.file) != stamp {
            throw EventLogError.changedWhileRead(path: path)
        }
        if Self.needsWriting(result) {
            throw EventLogError.cannotReadWithoutWriting(path: path, reason: "SQLite must first update its -wal or -shm file")
        }
        return try result.get()
    }

    private static func needsWriting<T>(_ result: Result<T, any Error>) -> Bool {
        if case .failure(let error as DatabaseError) = result { return error.resultCode == .SQLITE_READONLY }
        return false
    }

    /// Whether the file's header marks it as WAL (bytes 18 and 19 are 2).
    private static func isWAL(_ file: String) -> Bool {
        guard let handle = FileHandle(forReadingAtPath: file) else { return false }
        defer { try? handle.close() }
        guard (try? handle.seek(toOffset: 18)) != nil, let bytes = try? handle.read(upToCount: 2) else { return false }
        return Array(bytes) == [2, 2]
    }

    private static func exists(_ path: String) -> Bool { access(path, F_OK) == 0 }

    /// Whether this user can write `path`, or create it in `directory` when it is not there. One
    /// `access` call decides whether it is there: the last writer to close deletes `-wal` and
    /// `-shm`, and a look before the check let one vanish in between and made a writable store
    /// read-only for that command (seen under load: an append refused with `[read-only]`).
    private static func mayWrite(_ path: String, in directory: String) -> Bool {
        if access(path, W_OK) == 0 { return true }
        return errno == ENOENT && access(directory, W_OK) == 0
    }
}
