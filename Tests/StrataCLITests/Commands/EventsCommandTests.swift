import Foundation
import Testing
import Strata
import StrataTestSupport

/// `strata events`: filters, cuts, and NDJSON keyed by the events table's columns.
@Suite struct EventsCommandTests {
    static let columns: Set<String> = [
        "position", "event_id", "stream_id", "category", "stream_version", "event_type", "schema_version",
        "data", "metadata", "recorded_at", "effective_at", "prev_hash", "hash",
    ]

    /// note-1 ×2 (note.written, note.edited), task-1 ×2 (task.opened, task.closed), note-2 ×1.
    private func seeded() throws -> CLIWorkspace {
        let workspace = try CLIWorkspace()
        for (stream, type) in [("note-1", "note.written"), ("task-1", "task.opened"), ("note-1", "note.edited"),
                               ("note-2", "note.written"), ("task-1", "task.closed")] {
            let result = try workspace.append(stream, type: type)
            #expect(result.status == 0, "\(result)")
        }
        return workspace
    }

    private func positions(_ workspace: CLIWorkspace, _ arguments: String...) throws -> [Int] {
        let result = try StrataBinary.run(["events", "--store", workspace.store, "--json"] + arguments, in: workspace.url)
        #expect(result.status == 0, "\(result)")
        return try EventsJSON.objects(result).map { try #require($0["position"] as? Int) }
    }

    @Test func listsEveryEventUnderAHeader() throws {
        let workspace = try seeded()
        defer { workspace.remove() }
        let result = try workspace.runOnStore("events")
        #expect(result.status == 0)
        #expect(result.lines.count == 6)
        #expect(result.lines.first?.hasPrefix("POS") == true)
        #expect(result.lines[1].hasPrefix("1 "))
        #expect(result.lines[1].contains("note.written"))
        #expect(result.lines[1].hasSuffix("note-1@1"))
        #expect(result.lines[5].hasSuffix("task-1@2"))
    }

    @Test func jsonIsOneObjectPerLineKeyedByColumnName() throws {
        let workspace = try seeded()
        defer { workspace.remove() }
        let result = try workspace.runOnStore("events", "--json")
        let objects = try EventsJSON.objects(result)
        #expect(objects.count == 5)
        for (index, object) in objects.enumerated() {
            #expect(Set(object.keys) == Self.columns)
            #expect(object["position"] as? Int == index + 1)
            #expect((object["data"] as? [String: String]) == ["text": "hi"], "the payload is embedded as JSON")
            #expect((object["metadata"] as? [String: Any])?["actor"] as? String == "tester")
            #expect((object["hash"] as? String)?.count == 64)
        }
        #expect(objects[0]["prev_hash"] as? String != nil)
        #expect(objects[1]["prev_hash"] as? String == objects[0]["hash"] as? String)
        #expect(objects[2]["stream_version"] as? Int == 2)
        #expect(objects[1]["category"] as? String == "task")
    }

    @Test func jsonEmbedsThePayloadBytesVerbatim() throws {
        let workspace = try CLIWorkspace()
        defer { workspace.remove() }
        let payload = "{\"z\":1,\"a\":\"é 🚀\",\"n\":1.50}"
        #expect(try workspace.append("note-1", data: payload).status == 0)
        let line = try workspace.runOnStore("events", "--json").stdout
        #expect(line.contains("\"data\":\(payload),"))
    }

    @Test func jsonStaysOneLinePerEventForMultiLinePayloads() throws {
        let workspace = try CLIWorkspace()
        defer { workspace.remove() }
        #expect(try workspace.append("note-1", data: "{\n  \"text\": \"pretty\"\n}").status == 0)
        #expect(try workspace.append("note-1").status == 0)
        let result = try workspace.runOnStore("events", "--json")
        let parsed = result.lines.filter { (try? JSONSerialization.jsonObject(with: Data($0.utf8))) != nil }
        #expect(result.lines.count == 2)
        #expect(parsed.count == 2)
    }

    @Test func filtersByStreamCategoryAndType() throws {
        let workspace = try seeded()
        defer { workspace.remove() }
        #expect(try positions(workspace, "--stream", "note-1") == [1, 3])
        #expect(try positions(workspace, "--category", "task") == [2, 5])
        #expect(try positions(workspace, "--type", "note.written") == [1, 4])
        #expect(try positions(workspace, "--category", "note", "--type", "note.edited") == [3])
        #expect(try positions(workspace, "--stream", "nope-1") == [])
    }

    @Test func sinceIsExclusiveAndLimitCaps() throws {
        let workspace = try seeded()
        defer { workspace.remove() }
        #expect(try positions(workspace, "--since", "3") == [4, 5])
        #expect(try positions(workspace, "--since", "5") == [])
        #expect(try positions(workspace, "--since", "1", "--limit", "2") == [2, 3])
    }

    @Test func asOfAPositionIsInclusive() throws {
        let workspace = try seeded()
        defer { workspace.remove() }
        #expect(try positions(workspace, "--as-of", "@3") == [1, 2, 3])
        #expect(try positions(workspace, "--as-of", "@0") == [])
        #expect(try positions(workspace, "--as-of", "@3", "--stream", "task-1") == [2])
    }

    @Test func asOfAnInstantIsInclusive() throws {
        let workspace = try seeded()
        defer { workspace.remove() }
        let log = try SQLiteEventLog.open(at: workspace.store)
        let third = try #require(try log.events(EventQuery(after: 2, limit: 1)).first).recordedAt
        let last = try log.events().map(\.recordedAt)
        #expect(try positions(workspace, "--as-of", third.iso8601) == last.indices.filter { last[$0] <= third }.map { $0 + 1 })
        let before = Timestamp(microseconds: third.microseconds - 1)
        #expect(try positions(workspace, "--as-of", before.iso8601) == last.indices.filter { last[$0] <= before }.map { $0 + 1 })
        #expect(try positions(workspace, "--as-of", "1970-01-02") == [])
    }

    @Test func aBareDateIncludesTheWholeDay() throws {
        let workspace = try seeded()
        defer { workspace.remove() }
        let log = try SQLiteEventLog.open(at: workspace.store)
        let first = try #require(try log.events().first).recordedAt
        let dayBefore = Timestamp(microseconds: first.microseconds - 86_400_000_000).day
        #expect(try positions(workspace, "--as-of", first.day).contains(1))
        #expect(try positions(workspace, "--as-of", dayBefore) == [])
    }

    @Test(arguments: [
        (["--as-of", "yesterday"], "--as-of 'yesterday'"),
        (["--as-of", "@x"], "--as-of '@x'"),
        (["--as-of", "2025-02-30"], "--as-of '2025-02-30'"),
        (["--since=-1"], "--since"),
        (["--limit=-5"], "--limit"),
    ])
    func badInputIsAUsageError(arguments: [String], fragment: String) throws {
        let workspace = try CLIWorkspace()
        defer { workspace.remove() }
        let result = try StrataBinary.run(["events", "--store", workspace.store] + arguments, in: workspace.url)
        #expect(result.status == 2, "\(result)")
        #expect(result.stdout.isEmpty)
        expectError(result, exit: 2, mentioning: [fragment])
    }
}

/// Parses `strata events --json` output.
enum EventsJSON {
    static func objects(_ result: CommandResult) throws -> [[String: Any]] {
        try result.lines.map { line in
            let object = try JSONSerialization.jsonObject(with: Data(line.utf8))
            return try #require(object as? [String: Any], "not a JSON object: \(line)")
        }
    }
}
