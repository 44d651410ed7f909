import Foundation
import Testing
import Strata

/// The same refusals seen from the stock `sqlite3` shell, which runs with `recursive_triggers` off.
@Suite(.enabled(if: SQLiteShell.isInstalled, "the sqlite3 shell is not installed"))
struct SQLiteShellTests {
    @Test(arguments: [
        ("UPDATE events SET data = '{}' WHERE position = 1;", "events are immutable"),
        ("DELETE FROM events WHERE position = 2;", "append-only"),
        ("REPLACE INTO events SELECT * FROM events WHERE position = 1;", "event_id is already in the log"),
        ("INSERT OR REPLACE INTO events SELECT * FROM events WHERE position = 2;", "event_id is already in the log"),
    ])
    func shellEditsFail(sql: String, refusal: String) throws {
        let store = try TemporaryStore()
        defer { store.remove() }
        try store.log.appendNotes(2, to: "note-1")
        let before = try store.log.events()

        let result = try SQLiteShell.run(store.path, sql)
        #expect(result.status != 0)
        #expect(result.stderr.contains(refusal), "\(result.stderr)")
        #expect(try store.log.events() == before)
        #expect(try store.log.verify().isSound)
    }

    @Test func shellCanReadTheEventLogView() throws {
        let store = try TemporaryStore()
        defer { store.remove() }
        try store.log.appendNotes(2, to: "note-1")
        let result = try SQLiteShell.run(store.path, "SELECT position || ' ' || stream_id FROM event_log;")
        #expect(result.status == 0)
        #expect(result.stdout == "1 note-1\n2 note-1\n")
    }
}

/// Runs the system `sqlite3` shell on a file.
enum SQLiteShell {
    static let path = "/usr/bin/sqlite3"
    static var isInstalled: Bool { FileManager.default.isExecutableFile(atPath: path) }

    static func run(_ database: String, _ sql: String) throws -> (status: Int32, stdout: String, stderr: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: path)
        process.arguments = ["-bail", database, sql]
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        let stdout = out.fileHandleForReading.readDataToEndOfFile()
        let stderr = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: stdout, as: UTF8.self), String(decoding: stderr, as: UTF8.self))
    }
}
