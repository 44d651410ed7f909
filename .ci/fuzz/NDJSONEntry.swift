// libFuzzer entry for the NDJSON event-line checks, linked with the StrataJSON module by
// .ci/fuzz/run: the validator and the parser agree on every input, and an accepted payload,
// embedded as `strata events --json` embeds it, stays one line that Foundation parses to the same
// value (lone surrogates and numbers beyond a double excepted: RFC 8259 allows them, Foundation
// does not).
import Foundation
import StrataJSON

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzNDJSON(_ start: UnsafeRawPointer, _ count: Int) -> CInt {
    let text = String(decoding: Data(bytes: start, count: count), as: UTF8.self)
    var payloads = [text]
    if text.contains("\n") { payloads += text.split(separator: "\n").prefix(64).map(String.init) }
    for payload in payloads {
        let valid = JSONValidation.isValid(payload)
        precondition(valid == ((try? JSONParser.parse(payload)) != nil), "JSONValidation and JSONParser disagree")
        guard valid else { continue }
        var embedding = JSONObjectBuilder()
        embedding.add("position", 1)
        embedding.add("data", verbatim: payload)
        let line = embedding.json
        precondition(!line.contains("\n") && !line.contains("\r"), "an accepted payload breaks its line")
        guard let direct = try? JSONSerialization.jsonObject(with: Data(payload.utf8), options: [.fragmentsAllowed]) else {
            let gap = payload.range(of: #"\\u[dD][89a-fA-F]|[eE][+]?[0-9]{3,}|[0-9]{300,}"#, options: .regularExpression) != nil
            precondition(gap, "JSONValidation accepts what is not JSON: \(payload.debugDescription)")
            continue
        }
        let object = try? JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any]
        let canonical = { (value: Any) in try? JSONSerialization.data(withJSONObject: value, options: [.sortedKeys, .fragmentsAllowed]) }
        precondition(object?["data"].flatMap(canonical) == canonical(direct), "the NDJSON line changes the payload")
    }
    return 0
}
