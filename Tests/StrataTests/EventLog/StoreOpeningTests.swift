import Foundation
import GRDB
import StrataMigrations
import Testing
import Strata
import StrataTestSupport

/// Opening tells a Strata store from anything else, and never alters a file it refuses.
@Suite struct StoreOpeningTests {
    @Test func createMakesAnOwnerOnlyFile() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let path = directory.path("nested/deeper/store.db")
        let log = try SQLiteEventLog.create(at: path)
        try log.appendNotes(1, to: "note-1")

        let attributes = try FileManager.default.attributesOfItem(atPath: path)
        #expect((attributes[.posixPermissions] as? NSNumber)?.intValue == 0o600)
        for sidecar in [path + "-wal", path + "-shm"] where FileManager.default.fileExists(atPath: sidecar) {
            let mode = try FileManager.default.attributesOfItem(atPath: sidecar)[.posixPermissions] as? NSNumber
            #expect(mode?.intValue == 0o600, "\(sidecar)")
        }
        let parent = try FileManager.default.attributesOfItem(atPath: directory.path("nested/deeper"))
        #expect((parent[.posixPermissions] as? NSNumber)?.intValue == 0o700)
    }

    @Test func createOnAnExistingStoreOpensIt() throws {
        let store = try TemporaryStore()
        defer { store.remove() }
        try store.log.appendNotes(2, to: "note-1")
        let again = try SQLiteEventLog.create(at: store.path)
        #expect(again.storeID == store.log.storeID)
        #expect(try again.head() == (try store.log.head()))
    }

    @Test func createdStoreIsMarkedAsStrata() throws {
        let store = try TemporaryStore()
        defer { store.remove() }
        let (appID, version, journal) = try store.rawConnection().read { db in
            (try Int32.fetchOne(db, sql: "PRAGMA application_id"), try Int.fetchOne(db, sql: "PRAGMA user_version"),
             try String.fetchOne(db, sql: "PRAGMA journal_mode"))
        }
        #expect(appID == StoreIdentity.applicationID)
        #expect(version == SchemaMigrator.latestVersion)
        #expect(journal == "wal")
    }

    @Test func openingAMissingFileFailsWithoutCreatingIt() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let path = directory.path("absent.db")
        #expect(throws: EventLogError.storeNotFound(path: path)) { try SQLiteEventLog.open(at: path) }
        #expect(!FileManager.default.fileExists(atPath: path))
    }

    @Test func newerSchemaIsRefusedAndTheFileLeftByteIdentical() throws {
        let store = try TemporaryStore()
        defer { store.remove() }
        try store.log.appendNotes(2, to: "note-1")
        let newer = SchemaMigrator.latestVersion + 1
        do {
            let raw = try store.rawConnection()
            try raw.writeWithoutTransaction { db in
                try db.execute(sql: "PRAGMA wal_checkpoint(TRUNCATE)")
                try db.execute(sql: "PRAGMA user_version = \(newer)")
            }
        }
        let before = try fileBytes(store.path)

        for attempt in [{ try SQLiteEventLog.open(at: store.path) }, { try SQLiteEventLog.create(at: store.path) }] {
            #expect(throws: EventLogError.newerSchema(
                path: store.path, found: newer, supported: SchemaMigrator.latestVersion)) { _ = try attempt() }
        }
        #expect(try fileBytes(store.path) == before)
        let message = "\(EventLogError.newerSchema(path: "s.db", found: newer, supported: 1))"
        #expect(message.contains("newer strata") && message.contains("upgrade"))
    }

    @Test func storeBuiltFromAnEditedMigrationIsRefusedUntouched() throws {
        let store = try TemporaryStore()
        defer { store.remove() }
        try store.log.appendNotes(1, to: "note-1")
        do {
            let raw = try store.rawConnection()
            try raw.write { db in
                try db.execute(sql: "UPDATE schema_migrations SET checksum = '0000000000000000' WHERE version = 1")
            }
        }
        let before = try fileBytes(store.path)
        let error = #expect(throws: EventLogError.self) { try SQLiteEventLog.open(at: store.path) }
        #expect(error == .migrationChanged(path: store.path, version: 1, name: "v1-create-event-log"))
        #expect(try fileBytes(store.path) == before)
    }

    @Test func foreignSQLiteDatabaseIsRefusedUntouched() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let path = directory.path("other.db")
        do {
            let queue = try DatabaseQueue(path: path)
            try queue.write { db in
                try db.execute(sql: "CREATE TABLE customers (id INTEGER PRIMARY KEY, name TEXT)")
                try db.execute(sql: "INSERT INTO customers VALUES (1, 'a')")
            }
        }
        let before = try fileBytes(path)
        #expect(throws: EventLogError.foreignDatabase(path: path)) { try SQLiteEventLog.open(at: path) }
        #expect(throws: EventLogError.foreignDatabase(path: path)) { try SQLiteEventLog.create(at: path) }
        #expect(try fileBytes(path) == before)
        #expect(!FileManager.default.fileExists(atPath: path + "-wal"))
    }

    @Test func sqliteFileOfAnotherApplicationIsForeignEvenWhenEmpty() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let path = directory.path("tagged.db")
        do {
            let queue = try DatabaseQueue(path: path)
            try queue.writeWithoutTransaction { db in try db.execute(sql: "PRAGMA application_id = 1234; VACUUM") }
        }
        let before = try fileBytes(path)
        #expect(throws: EventLogError.foreignDatabase(path: path)) { try SQLiteEventLog.create(at: path) }
        #expect(try fileBytes(path) == before)
    }

    @Test func randomBytesAreNotSQLite() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let path = directory.path("noise.db")
        var generator = SystemRandomNumberGenerator()
        let noise = Data((0..<8192).map { _ in UInt8.random(in: 0...255, using: &generator) })
        try noise.write(to: URL(fileURLWithPath: path))
        #expect(throws: EventLogError.notSQLite(path: path)) { try SQLiteEventLog.open(at: path) }
        #expect(throws: EventLogError.notSQLite(path: path)) { try SQLiteEventLog.create(at: path) }
        #expect(try fileBytes(path) == noise)
        #expect(!FileManager.default.fileExists(atPath: path + "-wal"))
    }

    @Test func emptyFileIsNotAStoreAndIsLeftEmpty() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let path = directory.path("empty.db")
        #expect(FileManager.default.createFile(atPath: path, contents: Data()))
        let error = #expect(throws: EventLogError.self) { try SQLiteEventLog.open(at: path) }
        #expect(error == .emptyFile(path: path))
        #expect(try fileBytes(path).isEmpty)
        #expect(!FileManager.default.fileExists(atPath: path + "-wal"))
    }

    @Test func emptyFileBecomesAStoreWhenCreatedExplicitly() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let path = directory.path("empty.db")
        #expect(FileManager.default.createFile(atPath: path, contents: Data()))
        let log = try SQLiteEventLog.create(at: path)
        try log.appendNotes(1, to: "note-1")
        #expect(try SQLiteEventLog.open(at: path).head().position == 1)
    }

    @Test(arguments: [0.5, 0.9, 0.02])
    func truncatedStoreIsReportedDamagedAndUntouched(keep fraction: Double) throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let path = directory.path("store.db")
        do {
            let log = try SQLiteEventLog.create(at: path)
            try log.append((0..<300).map { _ in note(String(repeating: "x", count: 200)) },
                           to: "note-1", expected: .any, metadata: testMetadata)
        }
        let whole = try fileBytes(path)
        #expect(!FileManager.default.fileExists(atPath: path + "-wal"), "closing checkpointed the WAL")
        let truncated = whole.prefix(Int(Double(whole.count) * fraction))
        try truncated.write(to: URL(fileURLWithPath: path))

        let error = #expect(throws: EventLogError.self) { try SQLiteEventLog.open(at: path) }
        guard case .corrupt(let reported, _)? = error else {
            Issue.record("expected corrupt, got \(String(describing: error))")
            return
        }
        #expect(reported == path)
        #expect(try fileBytes(path) == truncated)
    }

    @Test func refusalsHaveDistinctMessages() {
        let errors: [EventLogError] = [
            .storeNotFound(path: "p"), .notSQLite(path: "p"), .foreignDatabase(path: "p"), .emptyFile(path: "p"),
            .newerSchema(path: "p", found: 2, supported: 1), .corrupt(path: "p", detail: "d"),
            .migrationChanged(path: "p", version: 1, name: "v1"),
        ]
        let messages = errors.map(\.description)
        #expect(Set(messages).count == errors.count)
        #expect(messages.allSatisfy { $0.contains("p") })
    }
}
