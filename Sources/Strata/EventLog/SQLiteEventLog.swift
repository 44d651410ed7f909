import Foundation
import GRDB
import StrataMigrations

/// The append-only event log in one SQLite file: the source of truth everything else folds.
///
/// Appends run in `BEGIN IMMEDIATE` transactions in WAL mode with `synchronous=FULL`, so several
/// processes can append at once and an acknowledged event survives a crash. Triggers make the
/// table itself refuse edits; a SHA-256 chain over every column makes tampering evident.
public final class SQLiteEventLog: Sendable {
    /// How long any connection to a store, the log's own or one that attaches it, waits for
    /// another writer before reporting the store busy.
    public static let busyTimeout: TimeInterval = 30

    /// How far, in seconds, this machine's clock may read behind the log's last recorded time
    /// before appends are refused: 600, or `STRATA_MAX_CLOCK_SKEW`. Within it the recorded time
    /// is held at the log's (it never decreases); beyond it the clock is taken to be wrong.
    public static let maximumClockSkew: TimeInterval = {
        guard let text = ProcessInfo.processInfo.environment["STRATA_MAX_CLOCK_SKEW"], let seconds = TimeInterval(text),
              seconds.isFinite, seconds >= 0 else { return 600 }
        return seconds
    }()

    /// The database file.
    public let path: String
    /// This log's identity; its genesis hash derives from it.
    public let storeID: String
    let genesisHash: [UInt8]
    let writer: DatabaseQueue
    let hooks: [any AppendHook]
    let clock: @Sendable () -> Timestamp
    /// How a store this user cannot write was opened; nil when it was opened read-write.
    let readOnlyAccess: ReadOnlyAccess?
    /// The shared log this file replicates, which takes its appends; nil for a store of its own.
    let upstream: (any LogUpstream)?

    private init(
        path: String, writer: DatabaseQueue, readOnly: ReadOnlyAccess?, hooks: [any AppendHook],
        clock: @escaping @Sendable () -> Timestamp, upstream: (any LogUpstream)?
    ) throws {
        self.path = path
        self.upstream = upstream
        self.writer = writer
        self.readOnlyAccess = readOnly
        self.hooks = hooks
        self.clock = clock
        let meta = try ReadOnlyAccess.guarding(readOnly, path: path) {
            try writer.read { db in try Row.fetchOne(db, sql: "SELECT store_id, genesis_hash FROM store_meta") }
        }
        guard let meta else { throw EventLogError.corrupt(path: path, detail: "store_meta row is missing") }
        storeID = meta["store_id"]
        genesisHash = [UInt8](meta["genesis_hash"] as Data)
    }

    /// Creates a store at `path` (and its directory), or opens it when it is a Strata store.
    ///
    /// The file is created owner-only (0600). An existing file that is not a Strata store is
    /// refused and left untouched.
    public static func create(
        at path: String, hooks: [any AppendHook] = [], clock: @escaping @Sendable () -> Timestamp = Timestamp.now
    ) throws -> SQLiteEventLog {
        try createFileIfMissing(at: path)
        return try open(at: path, creating: true, hooks: hooks, clock: clock)
    }

    /// Creates `path` owner-only (0600) in an owner-only directory when it does not exist yet.
    static func createFileIfMissing(at path: String) throws {
        let directory = (path as NSString).deletingLastPathComponent
        if !directory.isEmpty, !FileManager.default.fileExists(atPath: directory) {
            try FileManager.default.createDirectory(
                atPath: directory, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
        }
        if !FileManager.default.fileExists(atPath: path) {
            guard FileManager.default.createFile(atPath: path, contents: nil, attributes: [.posixPermissions: 0o600])
            else { throw EventLogError.readOnly(path: path) }
        }
    }

    /// Opens an existing store, applying any migrations this build adds. A store this user cannot
    /// write is opened read-only instead (see ``ReadOnlyAccess``): reads work, writes are refused.
    ///
    /// A log that lost or replaced events it once held (see ``LogWatermark``) is refused unless
    /// `checkingContinuity` is false, which only verifying and repairing it need.
    ///
    /// - Throws: ``EventLogError`` naming what the file is when it is missing, not SQLite,
    ///   another application's database, written by a newer Strata, damaged or discontinuous.
    public static func open(
        at path: String, hooks: [any AppendHook] = [], clock: @escaping @Sendable () -> Timestamp = Timestamp.now,
        checkingContinuity: Bool = true
    ) throws -> SQLiteEventLog {
        try open(at: path, creating: false, hooks: hooks, clock: clock, checkingContinuity: checkingContinuity)
    }

    static func open(
        at path: String, creating: Bool, identity: String? = nil, hooks: [any AppendHook],
        clock: @escaping @Sendable () -> Timestamp = Timestamp.now, checkingContinuity: Bool = true,
        upstream: (any LogUpstream)? = nil
    ) throws -> SQLiteEventLog {
        guard FileManager.default.fileExists(atPath: path) else { throw EventLogError.storeNotFound(path: path) }
        try StoreFile.checkType(path: path)
        do {
            try StoreFile.checkHeader(path: path)
            let readOnly = try ReadOnlyAccess.needed(for: path)
            let queue = try readOnly?.connect(path: path, creating: creating)
                ?? DatabaseQueue(path: path, configuration: StoreFile.configuration(readOnly: false))
            if readOnly == nil {
                try queue.writeWithoutTransaction { db in try prepare(db, path: path, creating: creating, identity: identity) }
            }
            let log = try SQLiteEventLog(path: path, writer: queue, readOnly: readOnly, hooks: hooks, clock: clock, upstream: upstream)
            if checkingContinuity { try log.read { db in try log.checkContinuity(in: db, headPosition: try log.head(in: db).position) } }
            return log
        } catch {
            throw EventLogError.from(error, path: path)
        }
    }

    private static func prepare(_ db: Database, path: String, creating: Bool, identity: String?) throws {
        switch try StoreFile.inspect(db) {
        case .foreign: throw EventLogError.foreignDatabase(path: path)
        case .empty where !creating: throw EventLogError.emptyFile(path: path)
        case .strata(let version) where version > SchemaMigrator.latestVersion:
            throw EventLogError.newerSchema(path: path, found: version, supported: SchemaMigrator.latestVersion)
        case .empty, .strata:
            if try String.fetchOne(db, sql: "PRAGMA journal_mode") != "wal" {
                try db.execute(sql: "PRAGMA journal_mode = WAL")
            }
            try SchemaMigrator.migrate(db)
            try insertIdentityIfMissing(db, path: path, identity: identity)
        }
    }

    /// A new store gets its identity here: `identity` for a replica, which shares its team
    /// store's, else a fresh one. A store that holds events but lost its identity row is damaged:
    /// minting a new identity would rewrite the file and hide that, so it is refused.
    private static func insertIdentityIfMissing(_ db: Database, path: String, identity: String?) throws {
        guard try Int.fetchOne(db, sql: "SELECT EXISTS (SELECT 1 FROM store_meta)") == 0 else { return }
        if try Int.fetchOne(db, sql: "SELECT EXISTS (SELECT 1 FROM events)") == 1 {
            throw EventLogError.corrupt(path: path, detail: "its identity row (store_meta) is gone although the log holds events")
        }
        let storeID = identity ?? EventID.make()
        try db.inTransaction(.immediate) {
            try db.execute(
                sql: """
                    INSERT INTO store_meta (store_id, created_at, hash_alg, genesis_hash)
                    SELECT ?, ?, 'sha256', ? WHERE NOT EXISTS (SELECT 1 FROM store_meta)
                    """,
                arguments: [storeID, Timestamp.now().microseconds, Data(EventHasher.genesis(storeID: storeID))])
            return .commit
        }
    }

    /// Runs `body` in a read transaction: a consistent snapshot that never blocks appenders.
    public func read<T>(_ body: (Database) throws -> T) throws -> T {
        do { return try guarded { try writer.read(body) } } catch { throw EventLogError.from(error, path: path) }
    }

    /// Runs `body` in a `BEGIN IMMEDIATE` transaction, for projection catch-up and rebuilds.
    ///
    /// - Throws: ``EventLogError/readOnly(path:)`` at once on a store opened read-only.
    public func write<T>(_ body: (Database) throws -> T) throws -> T {
        if isReadOnly { throw EventLogError.readOnly(path: path) }
        do {
            return try writer.writeWithoutTransaction { db in
                var result: T?
                try db.inTransaction(.immediate) {
                    result = try body(db)
                    return .commit
                }
                guard let result else { preconditionFailure("a committed transaction always sets its result") }
                return result
            }
        } catch {
            throw EventLogError.from(error, path: path)
        }
    }
}
