import Foundation
import GRDB
import Testing
import StrataTestSupport

/// A temporary directory holding the demo store, read through the `strata` binary.
struct DemoWorkspace {
    let url: URL
    var store: String { url.appendingPathComponent("demo.db").path }

    init() throws {
        url = FileManager.default.temporaryDirectory.appendingPathComponent("strata-read-cli-\(UUID().uuidString)", isDirectory: true)
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        let result = try StrataBinary.run(["demo", "--store", store], in: url)
        #expect(result.status == 0, "\(result)")
    }

    func remove() { try? FileManager.default.removeItem(at: url) }

    /// Runs `strata COMMAND --store STORE ARGS…`.
    func run(_ command: String, _ arguments: String...) throws -> CommandResult {
        try StrataBinary.run(command.split(separator: " ").map(String.init) + ["--store", store] + arguments, in: url)
    }

    /// Runs a read command with `--json` and parses its one object.
    func json(_ command: String, _ arguments: String...) throws -> [String: Any] {
        let result = try StrataBinary.run(command.split(separator: " ").map(String.init) + ["--store", store, "--json"] + arguments, in: url)
        let object = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any]
        return try #require(object, "\(result)")
    }

    /// Every `rm_*` table's rows, in key order, as text: what rebuild must reproduce.
    func readModelTables() throws -> [String: [String]] {
        try DatabaseQueue(path: store).read { db in
            let tables = try String.fetchAll(db, sql: "SELECT name FROM sqlite_master WHERE type = 'table' AND name LIKE 'rm_%' ORDER BY name")
            var out: [String: [String]] = [:]
            for table in tables {
                out[table] = try Row.fetchAll(db, sql: "SELECT * FROM \(table) ORDER BY 1, 2").map(\.description)
            }
            return out
        }
    }
}

extension [String: Any] {
    /// Stores of every context in an `arch --json` object.
    var stores: [[String: Any]] {
        (self["contexts"] as? [[String: Any]] ?? []).flatMap { $0["stores"] as? [[String: Any]] ?? [] }
    }

    /// Decisions of a `log --json` object.
    var decisions: [[String: Any]] { self["decisions"] as? [[String: Any]] ?? [] }
}
