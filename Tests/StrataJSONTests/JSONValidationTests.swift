import Foundation
import StrataJSON
import Testing

/// The append path's yes/no JSON check (RFC 8259), which never builds the value, and its
/// agreement with the parser: there is one definition of valid JSON.
@Suite struct JSONValidationTests {
    static let valid = [
        "{}", "[]", "0", "-0", "1.5e-3", "1E+2", "\"\"", "\"\\u00e9\\n\\/\"", "true", "false", "null",
        " \t\n{ \"a\" : [ 1 , { \"b\" : null } ] }\r\n", "\"日本語 🚀\"", "[[[[]]]]",
        // Valid by the grammar, which the append path has always accepted:
        "\"\\ud800\"", "[\"x\\udc00y\",{\"k\\ud83d\":1}]", "{\"a\":1,\"a\":2}", "1e999", "\"\u{7F}\u{2028}\"",
    ]

    static let invalid = [
        "", " ", "{", "}", "[1,]", "{\"a\":1,}", "{a:1}", "{'a':1}", "01", "1.", ".5", "+1", "1e", "--1",
        "tru", "nul", "\"unterminated", "\"bad \\x escape\"", "\"\\u12G4\"", "\"raw\ttab\"", "{} {}", "[1] x",
        "NaN", "Infinity", "\u{FEFF}{}", "\"\\u+123\"", "-", "[01]", "{\"a\"}", "{\"a\":}", "[,]", "\"\\",
    ]

    @Test(arguments: valid)
    func accepts(text: String) {
        #expect(JSONValidation.isValid(text))
    }

    @Test(arguments: invalid)
    func rejects(text: String) {
        #expect(!JSONValidation.isValid(text))
    }

    @Test func capsNesting() {
        let depth = JSONValidation.maximumDepth
        #expect(JSONValidation.isValid(String(repeating: "[", count: depth) + String(repeating: "]", count: depth)))
        #expect(!JSONValidation.isValid(String(repeating: "[", count: depth + 1) + String(repeating: "]", count: depth + 1)))
        #expect(!JSONValidation.isValid(String(repeating: "[", count: 100_000)))
    }

    /// The scanner is a private fast path: it must answer what the parser answers, on the
    /// examples above, the fuzz corpus, and every prefix and one-byte edit of them.
    @Test func scannerAgreesWithTheParser() throws {
        var inputs = Self.valid + Self.invalid + Self.corpus()
        let depth = JSONValidation.maximumDepth
        inputs += [String(repeating: "{\"a\":", count: depth) + "1" + String(repeating: "}", count: depth),
                   String(repeating: "{\"a\":", count: depth + 1) + "1" + String(repeating: "}", count: depth + 1)]
        let edits: [UInt8] = Array(#"{}[]",:\u0 1e-."#.utf8) + [0x0A, 0x01]
        var checked = 0
        for input in inputs.prefix(400) {
            let bytes = Array(input.utf8.prefix(300))
            var variants = (0...bytes.count).map { String(decoding: bytes[..<$0], as: UTF8.self) }
            for position in stride(from: 0, to: bytes.count, by: max(1, bytes.count / 12)) {
                for byte in edits {
                    var edited = bytes
                    edited[position] = byte
                    variants.append(String(decoding: edited, as: UTF8.self))
                }
            }
            for variant in variants {
                let parsed = (try? JSONParser.parse(variant)) != nil
                #expect(JSONValidation.isValid(variant) == parsed, "\(variant.debugDescription)")
                checked += 1
            }
        }
        #expect(checked > 1_000)
    }

    /// The NDJSON and profile fuzz corpora, as text.
    static func corpus() -> [String] {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("../../.ci/fuzz/corpus")
        return ["ndjson", "profile"].flatMap { name -> [String] in
            let directory = root.appendingPathComponent(name).standardizedFileURL
            let files = (try? FileManager.default.contentsOfDirectory(at: directory, includingPropertiesForKeys: nil)) ?? []
            return files.sorted { $0.lastPathComponent < $1.lastPathComponent }
                .compactMap { try? Data(contentsOf: $0) }.map { String(decoding: $0, as: UTF8.self) }
        }
    }
}
