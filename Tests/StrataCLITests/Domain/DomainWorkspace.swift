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

    /// Proposes a decision titled `title` with `arguments` (its flags) and accepts it.
    func decide(_ title: String, _ arguments: [String]) throws {
        let proposed = try StrataBinary.run(["propose", "--store", store, "--actor", "tester", "--title", title] + arguments, in: url)
        let id = try #require(expectOK(proposed).split(separator: " ").dropFirst().first.map(String.init))
        expectOK(try run("accept", id, "--reason", "agreed"))
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

    /// The streams holding an event that takes effect before the one before it: none, when
    /// every lifecycle is in effective order.
    func streamsOutOfEffectiveOrder() throws -> [String] {
        try DatabaseQueue(path: store).read { db in
            try String.fetchAll(db, sql: """
                SELECT DISTINCT later.stream_id FROM events later JOIN events earlier
                  ON earlier.stream_id = later.stream_id AND earlier.stream_version = later.stream_version - 1
                WHERE later.effective_at < earlier.effective_at ORDER BY later.stream_id
                """)
        }
    }

    /// Every entity the read models hold as `SHORT status title`, by kind then number.
    func index() throws -> [String] {
        try DatabaseQueue(path: store).read { db in
            try Row.fetchAll(db, sql: """
                SELECT 'context' AS kind, number, short_id, status, name AS title FROM rm_contexts
                UNION ALL SELECT 'decision', number, short_id, status, title FROM rm_decisions
                UNION ALL SELECT 'measurement', number, short_id, CASE WHEN retraction IS NULL THEN 'recorded' ELSE 'retracted' END,
                  metric || ' ' || CASE WHEN value = CAST(value AS INTEGER) THEN printf('%.1f', value) ELSE value END || ' ' || unit FROM rm_measurements
                UNION ALL SELECT 'store', number, short_id, status, name FROM rm_stores
                UNION ALL SELECT 'workload', number, short_id, status, name FROM rm_workloads
                ORDER BY kind, number
                """).map { "\($0["short_id"] as String) \($0["status"] as String) \($0["title"] as String)" }
        }
    }

    /// A context C-1 'catalog' and a workload W-1 with a 50 ms p99 target, both in effect since
    /// `effective` when given (nothing about them can be backdated to before then).
    func seed(effective: String? = nil) throws {
        let since = effective.map { ["--effective", $0] } ?? []
        try expectOK(run("context add", ["catalog"] + since))
        let profile = try file("w.json", #"{"name":"product-search","context":"catalog","accessPatterns":["full-text"],"latencyP99Ms":50}"#)
        try expectOK(run("workload add", ["--file", profile] + since))
    }
}

/// Expects a zero exit and returns stdout.
@discardableResult
func expectOK(_ result: CommandResult, sourceLocation: SourceLocation = #_sourceLocation) -> String {
    #expect(result.status == 0, "\(result)", sourceLocation: sourceLocation)
    return result.stdout
}
