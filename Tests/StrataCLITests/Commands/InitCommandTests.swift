import Foundation
import GRDB
import Testing

/// `strata init`: creates a store, is harmless on an existing one, refuses anything else.
@Suite struct InitCommandTests {
    @Test func createsTheStoreInTheCurrentDirectory() throws {
        let workspace = try CLIWorkspace(withStore: false)
        defer { workspace.remove() }
        let result = try workspace.run("init")
        let path = workspace.url.appendingPathComponent(".strata/strata.db").path
        #expect(result.status == 0, "\(result)")
        #expect(result.stdout == "Created an empty Strata store at \(path)\n")
        #expect(result.stderr.isEmpty)
        let mode = try FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? NSNumber
        #expect(mode?.intValue == 0o600)
    }

    @Test func createsTheStoreAtAPathOrInADirectory() throws {
        let workspace = try CLIWorkspace(withStore: false)
        defer { workspace.remove() }
        #expect(try workspace.run("init", "nested/log.db").status == 0)
        #expect(FileManager.default.fileExists(atPath: workspace.path("nested/log.db")))
        try FileManager.default.createDirectory(atPath: workspace.path("project"), withIntermediateDirectories: true)
        #expect(try workspace.run("init", "project").status == 0)
        #expect(FileManager.default.fileExists(atPath: workspace.path("project/.strata/strata.db")))
    }

    @Test func initOnAnExistingStoreChangesNothing() throws {
        let workspace = try CLIWorkspace()
        defer { workspace.remove() }
        try workspace.append("note-1")
        let again = try workspace.run("init", workspace.store)
        #expect(again.status == 0)
        #expect(again.stdout == "Store already exists at \(workspace.store) (1 events); nothing changed.\n")
        #expect(try workspace.runOnStore("events").lines.count == 2)
    }

    @Test func refusesAForeignDatabaseAndLeavesItAlone() throws {
        let workspace = try CLIWorkspace(withStore: false)
        defer { workspace.remove() }
        let path = workspace.path("crm.db")
        do {
            let queue = try DatabaseQueue(path: path)
            try queue.write { db in try db.execute(sql: "CREATE TABLE customers (id INTEGER PRIMARY KEY)") }
        }
        let before = try Data(contentsOf: URL(fileURLWithPath: path))
        let result = try workspace.run("init", path)
        expectError(result, exit: 2, mentioning: [path, "not a Strata store"])
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == before)
    }

    @Test func refusesAFileThatIsNotSQLite() throws {
        let workspace = try CLIWorkspace(withStore: false)
        defer { workspace.remove() }
        let path = workspace.path("notes.txt")
        try Data("just some notes\n".utf8).write(to: URL(fileURLWithPath: path))
        expectError(try workspace.run("init", path), exit: 2, mentioning: ["not a SQLite database"])
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "just some notes\n")
    }
}
