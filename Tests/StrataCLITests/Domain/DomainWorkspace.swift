import Foundation
import GRDB
import Testing
import StrataTestSupport

/// A temporary store driven through the `strata` binary, for the domain commands' tests.
struct DomainWorkspace {
    let url: URL
    var store: String { url.appendingPathComponent("store.db").path }

    init() throws {
        url = FileManager.default.temporaryDirectory.appendingPathComponent("strata-domain-cli-\(UUID().uuidString)", isDirectory: true)
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        let result = try StrataBinary.run(["init", store], in: url)
        #expect(result.status == 0, "\(result)")
    }

    func remove() { try? FileManager.default.removeItem(at: url) }

    /// Runs `strata COMMAND… --store STORE --actor tester ARGS…`; `command` may hold a subcommand ("context add").
    @discardableResult
    func run(_ command: String, _ arguments: String...) throws -> CommandResult {
        let words = command.split(separator: " ").map(String.init)
        return try StrataBinary.run(words + ["--store", store, "--actor", "tester"] + arguments, in: url)
    }

    /// Writes `text` to `name` in the workspace and returns its path.
    func file(_ name: String, _ text: String) throws -> String {
        let path = url.appendingPathComponent(name).path
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        return path
    }

    /// Every event type in the log, in order.
    func eventTypes() throws -> [String] {
        try DatabaseQueue(path: store).read { db in try String.fetchAll(db, sql: "SELECT event_type FROM events ORDER BY position") }
    }

    /// `entity_index` rows as `SHORT status title`.
    func index() throws -> [String] {
        try DatabaseQueue(path: store).read { db in
            try Row.fetchAll(db, sql: "SELECT short_id, status, title FROM entity_index ORDER BY kind, number").map {
                "\($0["short_id"] as String) \($0["status"] as String) \($0["title"] as String)"
            }
        }
    }

    /// A context C-1 'catalog' and a workload W-1 with a 50 ms p99 target.
    func seed() throws {
        try expectOK(run("context add", "catalog"))
        let profile = try file("w.json", #"{"name":"product-search","context":"catalog","accessPatterns":["full-text"],"latencyP99Ms":50}"#)
        try expectOK(run("workload add", "--file", profile))
    }
}

/// Expects a zero exit and returns stdout.
@discardableResult
func expectOK(_ result: CommandResult, sourceLocation: SourceLocation = #_sourceLocation) -> String {
    #expect(result.status == 0, "\(result)", sourceLocation: sourceLocation)
    return result.stdout
}
