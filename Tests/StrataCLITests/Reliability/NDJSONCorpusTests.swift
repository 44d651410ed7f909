import Foundation
import Strata
import StrataJSON
import Testing

/// Replays the NDJSON fuzz corpus (`.ci/fuzz/corpus/ndjson`) through the real CLI: every payload
/// `strata append` accepts comes back from `strata events --json` as one line holding the same
/// JSON value; every payload it refuses is refused with one `error:` line.
@Suite struct NDJSONCorpusTests {
    static let corpus: [URL] = {
        let directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .appendingPathComponent("../../../.ci/fuzz/corpus/ndjson").standardizedFileURL
        let files = (try? FileManager.default.contentsOfDirectory(at: directory, includingPropertiesForKeys: nil)) ?? []
        return files.sorted { $0.lastPathComponent < $1.lastPathComponent }
    }()

    private static func canonical(_ text: String) -> Data? {
        guard let value = try? JSONSerialization.jsonObject(with: Data(text.utf8), options: [.fragmentsAllowed]) else { return nil }
        return try? JSONSerialization.data(withJSONObject: value, options: [.sortedKeys, .fragmentsAllowed])
    }

    @Test func acceptedPayloadsComeBackAsOneLineWithTheSameValue() throws {
        #expect(Self.corpus.count >= 10)
        let workspace = try CLIWorkspace()
        defer { workspace.remove() }
        // Command-line arguments cannot hold NUL; the fuzzers cover those in process.
        let payloads = try Self.corpus.map { String(decoding: try Data(contentsOf: $0), as: UTF8.self) }
            .filter { !$0.contains("\u{0}") }.prefix(24)
        var accepted: [String] = []
        for payload in payloads {
            let result = try workspace.append("fuzz-1", data: payload)
            if JSONValidation.isValid(payload) {
                #expect(result.status == 0, "\(payload.debugDescription): \(result)")
                accepted.append(payload)
            } else {
                expectError(result, exit: 2)
            }
        }
        let events = try workspace.runOnStore("events", "--json")
        #expect(events.lines.count == accepted.count)
        for (line, payload) in zip(events.lines, accepted) {
            let parsed = try? JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any]
            let object = try #require(parsed, "not one JSON object: \(line)")
            let data = try #require(object["data"])
            let embedded = try JSONSerialization.data(withJSONObject: data, options: [.sortedKeys, .fragmentsAllowed])
            if let expected = Self.canonical(payload) { #expect(embedded == expected, "\(payload.debugDescription)") }
        }
    }
}
