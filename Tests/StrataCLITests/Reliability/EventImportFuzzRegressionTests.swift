import Foundation
import Testing

/// Inputs `strata-reliability fuzz --target ndjson` found in the events importer.
@Suite struct EventImportFuzzRegressionTests {
    /// An `events --json` line whose payload holds `\ud800\ud800` (a high surrogate followed by
    /// another high one, which `strata append` accepts as JSON grammar).
    private static func line(payload: String) -> String {
        "{\"position\":1,\"event_id\":\"0190a6c0-0000-7000-8000-000000000001\",\"stream_id\":\"note-1\",\"category\":\"note\","
            + "\"stream_version\":1,\"event_type\":\"note.written\",\"schema_version\":1,\"data\":\(payload),\"metadata\":{},"
            + "\"recorded_at\":\"2025-01-01T00:00:00Z\",\"effective_at\":\"2025-01-01T00:00:00Z\",\"prev_hash\":\"00\",\"hash\":\"00\"}\n"
    }

    /// Regression: `strata import events` trapped (arithmetic overflow, SIGILL) on a high
    /// surrogate escape followed by another `\u` escape that is not a low surrogate.
    @Test(arguments: [#"{"t":"\ud800\ud800"}"#, #"{"t":"\ud83d\u0041"}"#, #"["\udbff\ud7ff"]"#])
    func unpairedSurrogateEscapesAreRefusedNotCrashed(payload: String) throws {
        let workspace = try CLIWorkspace()
        defer { workspace.remove() }
        let file = workspace.path("events.ndjson")
        try Data(Self.line(payload: payload).utf8).write(to: URL(fileURLWithPath: file))
        let result = try StrataBinary.run(["import", "events", file, "--store", workspace.store], in: workspace.url)
        expectError(result, exit: 2, mentioning: ["events.ndjson:1"])
        let verify = try workspace.runOnStore("verify")
        #expect(verify.lines.first == "ok: 0 events verified", "\(verify)")
    }
}
