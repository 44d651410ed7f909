import Foundation
import Strata
import StrataJSON

/// NDJSON event lines: the payload check on append (`JSONValidation`) and the line that
/// `strata events --json` builds around an accepted payload.
///
/// Every line of the input also goes through ``ExportedEventLine/parse(_:)``, the merge
/// importer's line reader: it must accept the line or refuse it with one clear line. And
/// whatever the append path accepts must come back out of `events --json` as one line that
/// any JSON parser, and the merge importer, reads back to the same payload.
struct NDJSONTarget: FuzzTarget {
    let name: String
    /// Whether lines also go through the merge importer's reader (off: the append path only).
    let includesMergeReader: Bool

    init(includesMergeReader: Bool = true) {
        self.includesMergeReader = includesMergeReader
        name = includesMergeReader ? "ndjson" : "ndjson-append"
    }

    var seeds: [Data] {
        [
            #"{"text":"hi"}"#, #"{"a":[1,2,{"b":null}],"c":-0.5e-3,"d":true,"e":"\u00e9\n\"q\""}"#, "[]", "\"x\"", "0", "-1.5E+10",
            "{\"position\":1,\"event_id\":\"0190a6c0-0000-7000-8000-000000000001\",\"stream_id\":\"note-1\",\"data\":{\"text\":\"hi\"}}\n{\"position\":2}",
            "{\n  \"pretty\": [\n    1,\n    2\n  ]\n}", "{\"emoji\":\"🚀\",\"rtl\":\"\u{202E}\",\"nul\":\"\\u0000\"}", "", "{", "[1,]",
        ].map { Data($0.utf8) }
    }

    var dictionary: [Data] {
        ["{", "}", "[", "]", ",", ":", "\"", "\\", "\\u", "\\ud83d\\ude80", "\\ud800", "true", "false", "null", "-", "0", "1e",
         "E+", ".", " ", "\n", "\r", "\t", "\u{0}", "\u{2028}", "\u{FEFF}", "\"data\":", "\"position\":", "1e400", "[[[[[[[[[[[[[[[[",
         "]]]]]]]]]]]]]]]]", "{\"a\":{\"a\":{\"a\":"].map { Data($0.utf8) }
    }

    func execute(_ input: Data) -> Verdict {
        let text = String(decoding: input, as: UTF8.self)
        var lines = [text]
        if text.contains("\n") { lines += text.split(separator: "\n").prefix(64).map(String.init) }
        var signature = ""
        for payload in lines {
            let valid = JSONValidation.isValid(payload)
            signature += valid ? "v" : "i"
            if valid != ((try? JSONParser.parse(payload)) != nil) {
                return .failure("JSONValidation and JSONParser disagree on \(payload.prefix(200).debugDescription)")
            }
            if valid, let failure = Self.checkEmbedding(payload) { return .failure(failure) }
            guard includesMergeReader else { continue }
            if valid, let failure = Self.checkRoundTrip(payload) { return .failure(failure) }
            switch Self.readAsExportedLine(payload) {
            case .failure(let problem): return .failure(problem.message)
            case .success(let read): signature += read ? "r" : "-"
            }
        }
        return signature.contains("v") ? .accepted(signature: signature.prefix(8) + "\(min(text.utf8.count / 64, 8))")
            : .rejected(signature: String(signature.prefix(8)))
    }

    /// An accepted payload, embedded as `strata events --json` embeds it, must give one line
    /// that parses to the same value; nil when it does.
    static func checkEmbedding(_ payload: String) -> String? {
        let line = "{\"position\":1,\"data\":\(JSONWriter.embeddable(payload))}"
        if line.contains("\n") || line.contains("\r") { return "an accepted payload breaks its NDJSON line: \(payload.prefix(200).debugDescription)" }
        let options: JSONSerialization.ReadingOptions = [.fragmentsAllowed]
        guard let direct = try? JSONSerialization.jsonObject(with: Data(payload.utf8), options: options) else {
            // RFC 8259 allows lone surrogate escapes and numbers beyond a double; Foundation does not.
            return isKnownFoundationGap(payload) ? nil : "JSONValidation accepts what is not JSON: \(payload.prefix(200).debugDescription)"
        }
        guard let object = try? JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any],
              let embedded = object["data"], canonical(embedded) == canonical(direct) else {
            return "the NDJSON line changes the payload's value: \(payload.prefix(200).debugDescription)"
        }
        return nil
    }

    private static func canonical(_ value: Any) -> Data? {
        try? JSONSerialization.data(withJSONObject: value, options: [.sortedKeys, .fragmentsAllowed])
    }

    /// The merge importer's reading of `line`: true when read, false when refused clearly.
    static func readAsExportedLine(_ line: String) -> Result<Bool, LineFailure> {
        do {
            _ = try ExportedEventLine.parse(line)
            return .success(true)
        } catch {
            return error.description.isClearErrorMessage ? .success(false) : .failure(LineFailure("unclear line error: \(error.description.prefix(200))"))
        }
    }

    /// An accepted payload in a full `events --json` line must be read back byte for byte.
    static func checkRoundTrip(_ payload: String) -> String? {
        let data = JSONWriter.embeddable(payload)
        let line = "{\"position\":7,\"event_id\":\"0190a6c0-0000-7000-8000-000000000001\",\"stream_id\":\"note-1\","
            + "\"category\":\"note\",\"stream_version\":1,\"event_type\":\"note.written\",\"schema_version\":1,"
            + "\"data\":\(data),\"metadata\":{\"actor\":\"fuzz\"},\"recorded_at\":\"2025-01-01T00:00:00.000000Z\","
            + "\"effective_at\":\"2025-01-01T00:00:00.000000Z\",\"prev_hash\":\"00\",\"hash\":\"00\"}"
        // By design the importer takes object, array, number and literal payloads only
        // ("data" must be a JSON object or array); a top-level string payload is a known gap.
        if payload.drop(while: { $0.isWhitespace }).hasPrefix("\"") { return nil }
        do {
            let read = try ExportedEventLine.parse(line)
            return read.data == data.trimmingCharacters(in: .whitespaces) ? nil
                : "the merge importer changes a payload: \(payload.prefix(200).debugDescription) became \(read.data.prefix(200).debugDescription)"
        } catch {
            return "the merge importer refuses an exported line (\(error.description)) for the payload \(payload.prefix(200).debugDescription)"
        }
    }

    struct LineFailure: Error {
        var message: String
        init(_ message: String) { self.message = message }
    }

    static func isKnownFoundationGap(_ payload: String) -> Bool {
        payload.range(of: #"\\u[dD][89abAB]"#, options: .regularExpression) != nil
            || payload.range(of: #"\\u[dD][c-fC-F]"#, options: .regularExpression) != nil
            || payload.range(of: #"[eE][+]?[0-9]{3,}"#, options: .regularExpression) != nil
            || payload.range(of: #"[0-9]{300,}"#, options: .regularExpression) != nil
    }

    func structuredMutation(_ input: Data, using generator: inout SplitMix) -> Data? {
        JSONMutation.mutate(input, keys: ["data", "position", "text", "a", ""], words: ["x", "\u{2028}", "é", ""], using: &generator)
    }
}
