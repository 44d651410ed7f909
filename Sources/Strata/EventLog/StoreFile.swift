import Foundation
import GRDB
import StrataMigrations

/// Opens a store file safely: it tells a Strata store from a foreign or damaged file before
/// anything is written, so a wrong `--store` never alters someone else's database.
enum StoreFile {
    static let sqliteMagic = Array("SQLite format 3\u{0}".utf8)

    /// The connection configuration every Strata connection uses.
    static func configuration(readOnly: Bool) -> Configuration {
        var config = Configuration()
        config.busyMode = .timeout(SQLiteEventLog.busyTimeout)
        config.foreignKeysEnabled = true
        config.label = "strata"
        config.prepareDatabase { db in
            try db.execute(sql: """
                PRAGMA synchronous = FULL;
                PRAGMA recursive_triggers = ON;
                PRAGMA cache_size = -65536;
                PRAGMA temp_store = MEMORY;
                """)
            if readOnly { try db.execute(sql: "PRAGMA query_only = ON") }
            db.add(function: SealFunction.function)
        }
        return config
    }

    /// Refuses anything but a regular file (after symlinks) before it is opened: reading a FIFO
    /// blocks forever, and SQLite reports a directory or a device only as an obscure error.
    static func checkType(path: String) throws {
        guard let type = FileInspection.type(FileInspection.resolved(path) ?? path), type != .typeRegular else { return }
        throw EventLogError.notAFile(path: path, kind: FileInspection.describe(type))
    }

    /// Checks the first bytes of an existing file: an empty file or a SQLite header passes.
    static func checkHeader(path: String) throws {
        guard let handle = FileHandle(forReadingAtPath: path) else {
            throw FileManager.default.fileExists(atPath: path)
                ? EventLogError.readOnly(path: path) : EventLogError.storeNotFound(path: path)
        }
        defer { try? handle.close() }
        let header = (try? handle.read(upToCount: 16)) ?? Data()
        if header.isEmpty { return }
        guard Array(header) == sqliteMagic else { throw EventLogError.notSQLite(path: path) }
    }

    /// What the file holds, read through SQLite (which also sees changes still in the WAL).
    enum Kind { case empty, strata(version: Int), foreign }

    static func inspect(_ db: Database) throws -> Kind {
        let appID = try Int32.fetchOne(db, sql: "PRAGMA application_id") ?? 0
        let version = try Int.fetchOne(db, sql: "PRAGMA user_version") ?? 0
        let objects = try Int.fetchOne(db, sql: "SELECT count(*) FROM sqlite_master") ?? 0
        if appID == StoreIdentity.applicationID { return .strata(version: version) }
        return appID == 0 && version == 0 && objects == 0 ? .empty : .foreign
    }
}
