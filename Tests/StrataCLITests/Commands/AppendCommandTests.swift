import Foundation
import Testing
import StrataTestSupport

/// `strata append`: plumbing for scripts, guarded by --expect, idempotent with --event-id.
@Suite struct AppendCommandTests {
    @Test func printsPositionAndStreamVersionPerEvent() throws {
        let workspace = try CLIWorkspace()
        defer { workspace.remove() }
        #expect(try workspace.append("note-1").stdout == "1 note-1@1\n")
        #expect(try workspace.append("note-2").stdout == "2 note-2@1\n")
        let repeated = try workspace.append("note-1", "--repeat", "3")
        #expect(repeated.lines == ["3 note-1@2", "4 note-1@3", "5 note-1@4"])
        #expect(repeated.stderr.isEmpty)
    }

    @Test func expectGuardsTheStreamVersion() throws {
        let workspace = try CLIWorkspace()
        defer { workspace.remove() }
        #expect(try workspace.append("note-1", "--expect", "no-stream").status == 0)
        #expect(try workspace.append("note-1", "--expect", "exists").status == 0)
        #expect(try workspace.append("note-1", "--expect", "2").status == 0)
        #expect(try workspace.append("note-2", "--expect", "0").status == 0)
        #expect(try workspace.append("note-1", "--expect", "any").status == 0)

        expectError(try workspace.append("note-1", "--expect", "no-stream"), exit: 1,
                    mentioning: ["conflict on stream 'note-1'", "expected no stream", "at version 4"])
        expectError(try workspace.append("note-9", "--expect", "exists"), exit: 1,
                    mentioning: ["'note-9'", "expected an existing stream", "at version 0"])
        expectError(try workspace.append("note-1", "--expect", "2"), exit: 1,
                    mentioning: ["'note-1'", "expected version 2", "at version 4"])
        #expect(try workspace.runOnStore("events", "--json").lines.count == 5)
    }

    @Test func eventIDMakesARetrySafe() throws {
        let workspace = try CLIWorkspace()
        defer { workspace.remove() }
        let id = "0190a6c0-0000-7000-8000-0000000000c1"
        #expect(try workspace.append("note-1", "--event-id", id).stdout == "1 note-1@1\n")
        #expect(try workspace.append("note-2").status == 0)
        let retry = try workspace.append("note-1", "--event-id", id)
        #expect(retry.status == 0)
        #expect(retry.stdout == "1 note-1@1\n")
        expectError(try workspace.append("note-1", data: "{\"text\":\"other\"}", "--event-id", id), exit: 1,
                    mentioning: [id, "payload differs"])
        #expect(try workspace.runOnStore("events", "--json").lines.count == 2)
    }

    @Test func recordsActorAndEffectiveTime() throws {
        let workspace = try CLIWorkspace()
        defer { workspace.remove() }
        let result = try StrataBinary.run([
            "append", "--store", workspace.store, "--stream", "note-1", "--type", "note.written", "--data", "{}",
            "--actor", "Ana", "--effective", "2024-03-01T09:30Z",
        ], in: workspace.url)
        #expect(result.status == 0, "\(result)")
        let event = try #require(try EventsJSON.objects(workspace.runOnStore("events", "--json")).first)
        #expect((event["metadata"] as? [String: Any])?["actor"] as? String == "Ana")
        #expect(event["effective_at"] as? String == "2024-03-01T09:30:00.000000Z")
    }

    @Test(arguments: [
        (["--expect", "soon"], "--expect 'soon'"),
        (["--expect=-3"], "--expect '-3'"),
        (["--effective", "last tuesday"], "--effective 'last tuesday'"),
        (["--event-id", "nope"], "nope"),
    ])
    func badOptionValuesAreUsageErrors(extra: [String], fragment: String) throws {
        let workspace = try CLIWorkspace()
        defer { workspace.remove() }
        let result = try StrataBinary.run(
            ["append", "--store", workspace.store, "--stream", "note-1", "--type", "t", "--data", "{}", "--actor", "a"]
                + extra, in: workspace.url)
        expectError(result, exit: 2, mentioning: [fragment])
        #expect(try workspace.runOnStore("events", "--json").stdout.isEmpty)
    }

    @Test(arguments: [
        ("{\"text\": }", "not valid JSON"), ("   ", "not valid JSON"), ("{'a':1}", "not valid JSON"),
    ])
    func badPayloadIsRefused(data: String, fragment: String) throws {
        let workspace = try CLIWorkspace()
        defer { workspace.remove() }
        expectError(try workspace.append("note-1", data: data), exit: 2, mentioning: ["invalid event", fragment])
    }

    @Test func badStreamIsRefused() throws {
        let workspace = try CLIWorkspace()
        defer { workspace.remove() }
        expectError(try workspace.append("-oops"), exit: 2, mentioning: ["stream id '-oops'"])
    }

    @Test func parserErrorsAreOneErrorLine() throws {
        let workspace = try CLIWorkspace()
        defer { workspace.remove() }
        let missing = try workspace.runOnStore("append", "--type", "t", "--data", "{}")
        let repeatZero = try workspace.append("note-1", "--repeat", "0")
        #expect(missing.status == 2)
        #expect(repeatZero.status == 2)
        expectError(missing, exit: 2, mentioning: ["--stream"])
        expectError(repeatZero, exit: 2, mentioning: ["--repeat"])
    }

    @Test(arguments: [("measurement.recorded", "bench-1"), ("note.written", "decision-1"), ("x.y", "shortid-ADR")])
    func domainEventsAndStreamsAreRefused(type: String, stream: String) throws {
        let workspace = try CLIWorkspace()
        defer { workspace.remove() }
        let result = try workspace.append(stream, type: type, data: "{\"value\":1}")
        expectError(result, exit: 2, mentioning: ["domain"])
        let log = try workspace.runOnStore("events", "--json")
        #expect(log.stdout.isEmpty, "a refused append writes nothing")
    }
}
