// libFuzzer entry for the NDJSON event-line checks, compiled with Sources/Strata/EventLog/JSONSyntax.swift
// by .ci/fuzz/run: an accepted payload, embedded as `strata events --json` embeds it, stays one line
// that Foundation parses to the same value (lone surrogates and numbers beyond a double excepted:
// RFC 8259 allows them, Foundation does not).
import Foundation

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzNDJSON(_ start: UnsafeRawPointer, _ count: Int) -> CInt {
    let text = String(decoding: Data(bytes: start, count: count), as: UTF8.self)
    var payloads = [text]
    if text.contains("\n") { payloads += text.split(separator: "\n").prefix(64).map(String.init) }
    for payload in payloads where JSONSyntax.isValid(payload) {
        let flat = String(String.UnicodeScalarView(payload.unicodeScalars.map { $0 == "\n" || $0 == "\r" ? " " : $0 }))
        let line = "{\"position\":1,\"data\":\(flat)}"
        precondition(!line.contains("\n") && !line.contains("\r"), "an accepted payload breaks its line")
        guard let direct = try? JSONSerialization.jsonObject(with: Data(payload.utf8), options: [.fragmentsAllowed]) else {
            let gap = payload.range(of: #"\\u[dD][89a-fA-F]|[eE][+]?[0-9]{3,}|[0-9]{300,}"#, options: .regularExpression) != nil
            precondition(gap, "JSONSyntax accepts what is not JSON: \(payload.debugDescription)")
            continue
        }
        let object = try? JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any]
        let canonical = { (value: Any) in try? JSONSerialization.data(withJSONObject: value, options: [.sortedKeys, .fragmentsAllowed]) }
        precondition(object?["data"].flatMap(canonical) == canonical(direct), "the NDJSON line changes the payload")
    }
    return 0
}
