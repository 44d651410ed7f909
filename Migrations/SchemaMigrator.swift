import GRDB

/// Brings a store's schema up to the version this build knows, one recorded migration at a time.
///
/// The schema version lives in `PRAGMA user_version` (readable by any SQLite tool) and each
/// applied migration is listed in `schema_migrations` with the checksum of its SQL.
public enum SchemaMigrator {
    /// Every migration this build knows, in order. Append only; never edit or reorder.
    public static let migrations: [Migration] = [
        V1_CreateEventLog.migration,
        V2_CreateEntityIndex.migration,
        V3_CreateReadModels.migration,
        V4_DropEntityIndex.migration,
        V5_CreateLogWatermark.migration,
        V6_SealReadModels.migration,
        V7_CreateSearchIndex.migration,
        V8_IndexBottlenecks.migration,
        V9_DropRecordedIndex.migration,
    ]

    /// The schema version a fully migrated store has.
    public static var latestVersion: Int { migrations.last?.version ?? 0 }

    /// Applies every migration above the store's current version, each in its own transaction.
    ///
    /// - Throws: ``SchemaError`` when the store was written by a newer Strata or an applied
    ///   migration no longer matches the text shipped in this build.
    public static func migrate(_ db: Database) throws {
        for migration in try pendingMigrations(db) {
            try apply(migration, in: db)
        }
    }

    /// The migrations `migrate` would apply, found without writing: a store this process cannot
    /// write is read only when there are none.
    ///
    /// - Throws: ``SchemaError``, as ``migrate(_:)`` does.
    public static func pendingMigrations(_ db: Database) throws -> [Migration] {
        let current = try currentVersion(db)
        guard current <= latestVersion else {
            throw SchemaError.newerThanSupported(found: current, supported: latestVersion)
        }
        if current > 0 { try checkAppliedChecksums(db) }
        return migrations.filter { $0.version > current }
    }

    /// The version recorded in the store (0 for a file no migration has touched).
    public static func currentVersion(_ db: Database) throws -> Int {
        try Int.fetchOne(db, sql: "PRAGMA user_version") ?? 0
    }

    /// The SHA-like fingerprint stored for a migration: stable across runs and platforms.
    public static func checksum(of migration: Migration) -> String {
        FNV1a.hex(of: migration.sql)
    }

    private static func apply(_ migration: Migration, in db: Database) throws {
        try db.inTransaction(.immediate) {
            // Another process may have migrated between our check and taking the write lock.
            if try currentVersion(db) >= migration.version { return .commit }
            try db.execute(sql: migration.sql)
            try db.execute(
                sql: "INSERT INTO schema_migrations (version, name, checksum) VALUES (?, ?, ?)",
                arguments: [migration.version, migration.name, checksum(of: migration)])
            try db.execute(sql: "PRAGMA user_version = \(migration.version)")
            try db.execute(sql: "PRAGMA application_id = \(StoreIdentity.applicationID)")
            return .commit
        }
    }

    private static func checkAppliedChecksums(_ db: Database) throws {
        let rows = try Row.fetchAll(db, sql: "SELECT version, checksum FROM schema_migrations")
        for row in rows {
            let version: Int = row["version"]
            let recorded: String = row["checksum"]
            guard let known = migrations.first(where: { $0.version == version }) else { continue }
            if checksum(of: known) != recorded {
                throw SchemaError.migrationChanged(version: version, name: known.name)
            }
        }
    }
}
