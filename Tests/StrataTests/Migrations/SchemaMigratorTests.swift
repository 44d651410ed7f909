import Foundation
import GRDB
import StrataMigrations
import Testing

/// The schema ledger: versions, frozen migration text, and refusals.
@Suite struct SchemaMigratorTests {
    /// Every shipped migration's checksum. A migration is never edited after it ships: if this
    /// test fails, write a new migration instead of changing an old one.
    static let frozenChecksums: [Int: (name: String, checksum: String)] = [
        1: ("v1-create-event-log", "8eb5e25ba6c414b8"),
        2: ("v2-create-entity-index", "8a408c5c339169c8"),
        3: ("v3-create-read-models", "1c798396d0096256"),
        4: ("v4-drop-entity-index", "168632f4fe2419b7"),
        5: ("v5-create-log-watermark", "1a8aa97e9fea32db"),
        6: ("v6-seal-read-models", "e41ca9cfe2a2d06b"),
        7: ("v7-create-search-index", "ccfd2cfe24fc428c"),
        8: ("v8-index-bottlenecks", "7c7cdc3314ab92c2"),
        9: ("v9-drop-recorded-index", "8ce0a408a3549379"),
    ]

    @Test func shippedMigrationsAreFrozen() {
        #expect(SchemaMigrator.migrations.count == Self.frozenChecksums.count, "pin every new migration here")
        for migration in SchemaMigrator.migrations {
            let frozen = Self.frozenChecksums[migration.version]
            #expect(migration.name == frozen?.name)
            #expect(SchemaMigrator.checksum(of: migration) == frozen?.checksum, "migration \(migration.version) was edited")
        }
    }

    @Test func versionsAreOneBasedAndGapless() {
        #expect(SchemaMigrator.migrations.map(\.version) == Array(1...SchemaMigrator.migrations.count))
        #expect(SchemaMigrator.latestVersion == SchemaMigrator.migrations.count)
    }

    @Test func checksumIsStableAndSensitive() {
        let migration = Migration(version: 9, name: "x", sql: "CREATE TABLE t (a);")
        #expect(SchemaMigrator.checksum(of: migration) == SchemaMigrator.checksum(of: migration))
        #expect(SchemaMigrator.checksum(of: migration).count == 16)
        let edited = Migration(version: 9, name: "x", sql: "CREATE TABLE t (a) ;")
        #expect(SchemaMigrator.checksum(of: edited) != SchemaMigrator.checksum(of: migration))
        #expect(SchemaMigrator.checksum(of: Migration(version: 1, name: "e", sql: "")) == "cbf29ce484222325")
    }

    @Test func migratingAFreshDatabaseRecordsEveryStep() throws {
        let queue = try DatabaseQueue()
        try queue.writeWithoutTransaction { db in try SchemaMigrator.migrate(db) }
        try queue.read { db in
            #expect(try SchemaMigrator.currentVersion(db) == SchemaMigrator.latestVersion)
            #expect(try Int32.fetchOne(db, sql: "PRAGMA application_id") == StoreIdentity.applicationID)
            let ledger = try Row.fetchAll(db, sql: "SELECT version, name, checksum FROM schema_migrations ORDER BY version")
            #expect(ledger.map { $0["version"] as Int } == SchemaMigrator.migrations.map(\.version))
            #expect(ledger.map { $0["checksum"] as String } == SchemaMigrator.migrations.map(SchemaMigrator.checksum(of:)))
            let tables = Set(try String.fetchAll(db, sql: "SELECT name FROM sqlite_master WHERE type IN ('table', 'view')"))
            #expect(tables.isSuperset(of: ["event_log", "events", "projection_checkpoints", "schema_migrations", "store_meta"]))
        }
    }

    @Test func migratingTwiceChangesNothing() throws {
        let queue = try DatabaseQueue()
        try queue.writeWithoutTransaction { db in try SchemaMigrator.migrate(db) }
        try queue.writeWithoutTransaction { db in try SchemaMigrator.migrate(db) }
        let rows = try queue.read { db in try Int.fetchOne(db, sql: "SELECT count(*) FROM schema_migrations") }
        #expect(rows == SchemaMigrator.migrations.count)
    }

    @Test func refusesANewerSchema() throws {
        let queue = try DatabaseQueue()
        try queue.writeWithoutTransaction { db in
            try SchemaMigrator.migrate(db)
            try db.execute(sql: "PRAGMA user_version = \(SchemaMigrator.latestVersion + 3)")
        }
        #expect(throws: SchemaError.newerThanSupported(found: SchemaMigrator.latestVersion + 3,
                                                        supported: SchemaMigrator.latestVersion)) {
            try queue.writeWithoutTransaction { db in try SchemaMigrator.migrate(db) }
        }
    }

    @Test func refusesAStoreBuiltFromAnEditedMigration() throws {
        let queue = try DatabaseQueue()
        try queue.writeWithoutTransaction { db in
            try SchemaMigrator.migrate(db)
            try db.execute(sql: "UPDATE schema_migrations SET checksum = '0000000000000000' WHERE version = 1")
        }
        let error = #expect(throws: SchemaError.migrationChanged(version: 1, name: "v1-create-event-log")) {
            try queue.writeWithoutTransaction { db in try SchemaMigrator.migrate(db) }
        }
        #expect(error.map { "\($0)" }?.contains("v1-create-event-log") == true)
    }
}
