import Foundation
import Testing
import StrataTestSupport

/// Inputs `strata-reliability fuzz --target ndjson` found in the events importer.
@Suite struct EventImportFuzzRegressionTests {
    /// An `events --json` line with `stream` as its (JSON-escaped) stream id.
    private static func line(stream: String) -> String {
        "{\"position\":1,\"event_id\":\"0190a6c0-0000-7000-8000-000000000001\",\"stream_id\":\"\(stream)\",\"category\":\"note\","
            + "\"stream_version\":1,\"event_type\":\"note.written\",\"schema_version\":1,\"data\":{},\"metadata\":{},"
            + "\"recorded_at\":\"2025-01-01T00:00:00Z\",\"effective_at\":\"2025-01-01T00:00:00Z\",\"prev_hash\":\"00\",\"hash\":\"00\"}\n"
    }

    /// Regression: `strata import events` trapped (arithmetic overflow, SIGILL) on a high
    /// surrogate escape followed by another `\u` escape that is not a low surrogate.
    @Test(arguments: [#"note-\ud800\ud800"#, #"note-\ud83d\u0041"#, #"note-\udbff\ud7ff"#])
    func unpairedSurrogateEscapesAreRefusedNotCrashed(stream: String) throws {
        let workspace = try CLIWorkspace()
        defer { workspace.remove() }
        let file = workspace.path("events.ndjson")
        try Data(Self.line(stream: stream).utf8).write(to: URL(fileURLWithPath: file))
        let result = try StrataBinary.run(["import", "events", file, "--store", workspace.store], in: workspace.url)
        expectError(result, exit: 2, mentioning: ["events.ndjson:1", "unpaired surrogate"])
        let verify = try workspace.runOnStore("verify")
        #expect(verify.lines.first == "ok: 0 events verified", "\(verify)")
    }

    /// Regression: a payload `strata append` accepted with a lone surrogate escape inside a
    /// string made its exported line unreadable to `strata import events`, because the reader
    /// decoded strings inside the payload it keeps as raw text.
    @Test(arguments: [#"{"t":"\ud800"}"#, #"["x\udc00y",{"k\ud83d":1}]"#])
    func payloadsWithLoneSurrogatesSurviveExportAndImport(payload: String) throws {
        let source = try CLIWorkspace(), target = try CLIWorkspace()
        defer { source.remove(); target.remove() }
        #expect(try source.append("note-1", data: payload).status == 0)
        let exported = try source.runOnStore("events", "--json")
        let file = target.path("events.ndjson")
        try Data(exported.stdout.utf8).write(to: URL(fileURLWithPath: file))
        let imported = try StrataBinary.run(["import", "events", file, "--store", target.store], in: target.url)
        #expect(imported.status == 0, "\(imported)")
        let again = try target.runOnStore("events", "--json")
        #expect(again.stdout.contains("\"data\":\(payload)"), "\(again)")
    }
}
