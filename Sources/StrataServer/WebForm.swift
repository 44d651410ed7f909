import Foundation

/// An `application/x-www-form-urlencoded` body, as the served pages' forms send it.
enum WebForm {
    /// The fields of `body`; a repeated name keeps its first value.
    static func fields(_ body: String) -> [String: String] {
        values(body).compactMapValues(\.first)
    }

    /// Every value of every field of `body`, in order: a group of checkboxes sends its name once
    /// per ticked box.
    static func values(_ body: String) -> [String: [String]] {
        var fields: [String: [String]] = [:]
        for pair in body.split(separator: "&") {
            let parts = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            guard let name = parts.first.flatMap({ decode(String($0)) }) else { continue }
            fields[name, default: []].append(parts.count > 1 ? decode(String(parts[1])) ?? "" : "")
        }
        return fields
    }

    private static func decode(_ text: String) -> String? {
        text.replacingOccurrences(of: "+", with: " ").removingPercentEncoding
    }
}
