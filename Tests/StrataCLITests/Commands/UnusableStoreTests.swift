import Foundation
import GRDB
import StrataMigrations
import Testing

/// A `--store` that is not a usable Strata store: exit 2, one `error:` line, and the file left as it was.
@Suite struct UnusableStoreTests {
    /// Runs a reading and a writing command on `path` and checks both refuse it without touching it.
    private func expectRefused(_ path: String, in workspace: CLIWorkspace, mentioning fragment: String) throws {
        let before = try Data(contentsOf: URL(fileURLWithPath: path))
        for command in ["events", "verify"] {
            expectError(try workspace.run(command, "--store", path), exit: 2, mentioning: [path, fragment])
        }
        expectError(try workspace.run("append", "--store", path, "--stream", "n-1", "--type", "t", "--data", "{}",
                                      "--actor", "a"), exit: 2, mentioning: [path, fragment])
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == before, "\(path) was modified")
    }

    @Test func missingStoreFileIsNotCreated() throws {
        let workspace = try CLIWorkspace(withStore: false)
        defer { workspace.remove() }
        let missing = workspace.path("missing.db")
        expectError(try workspace.run("events", "--store", missing), exit: 2, mentioning: [missing, "strata init"])
        #expect(!FileManager.default.fileExists(atPath: missing))
    }

    @Test func foreignDatabase() throws {
        let workspace = try CLIWorkspace(withStore: false)
        defer { workspace.remove() }
        let path = workspace.path("invoices.db")
        do {
            let queue = try DatabaseQueue(path: path)
            try queue.write { db in try db.execute(sql: "CREATE TABLE invoices (id INTEGER PRIMARY KEY)") }
        }
        try expectRefused(path, in: workspace, mentioning: "not a Strata store")
    }

    @Test func randomBytes() throws {
        let workspace = try CLIWorkspace(withStore: false)
        defer { workspace.remove() }
        let path = workspace.path("noise.db")
        var generator = SystemRandomNumberGenerator()
        try Data((0..<4096).map { _ in UInt8.random(in: 0...255, using: &generator) }).write(to: URL(fileURLWithPath: path))
        try expectRefused(path, in: workspace, mentioning: "not a SQLite database")
    }

    @Test func emptyFile() throws {
        let workspace = try CLIWorkspace(withStore: false)
        defer { workspace.remove() }
        let path = workspace.path("empty.db")
        try Data().write(to: URL(fileURLWithPath: path))
        try expectRefused(path, in: workspace, mentioning: "is empty")
    }

    @Test func truncatedStore() throws {
        let workspace = try CLIWorkspace()
        defer { workspace.remove() }
        #expect(try workspace.append("note-1", data: "{\"pad\":\"\(String(repeating: "x", count: 2000))\"}",
                                     "--repeat", "40").status == 0)
        let whole = try Data(contentsOf: URL(fileURLWithPath: workspace.store))
        try whole.prefix(whole.count / 2).write(to: URL(fileURLWithPath: workspace.store))
        try expectRefused(workspace.store, in: workspace, mentioning: "is damaged")
    }

    @Test func storeFromANewerStrata() throws {
        let workspace = try CLIWorkspace()
        defer { workspace.remove() }
        #expect(try workspace.append("note-1").status == 0)
        do {
            let queue = try DatabaseQueue(path: workspace.store)
            try queue.writeWithoutTransaction { db in
                try db.execute(sql: "PRAGMA user_version = \(SchemaMigrator.latestVersion + 1)")
            }
        }
        try expectRefused(workspace.store, in: workspace, mentioning: "newer strata")
    }

    @Test func storeBuiltFromAnEditedMigration() throws {
        let workspace = try CLIWorkspace()
        defer { workspace.remove() }
        do {
            let queue = try DatabaseQueue(path: workspace.store)
            try queue.write { db in
                try db.execute(sql: "UPDATE schema_migrations SET checksum = '0000000000000000' WHERE version = 1")
            }
        }
        try expectRefused(workspace.store, in: workspace, mentioning: "migration 1 (v1-create-event-log)")
    }
}
