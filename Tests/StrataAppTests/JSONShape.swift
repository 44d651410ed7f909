import Foundation

/// A JSON document with what legitimately differs between two stores replaced by placeholders:
/// UUIDs (numbered in order of first appearance) and readings of today's clock.
enum JSONShape {
    static func of(_ text: String) throws -> String {
        try normalised(JSONSerialization.jsonObject(with: Data(text.utf8), options: [.fragmentsAllowed]))
    }

    static func of(_ value: any Encodable) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        return try of(String(decoding: try encoder.encode(value), as: UTF8.self))
    }

    private static func normalised(_ object: Any) throws -> String {
        var names: [String: String] = [:]
        let today = String(ISO8601DateFormatter().string(from: Date()).prefix(10))
        func walk(_ value: Any) -> Any {
            switch value {
            case let dictionary as [String: Any]:
                var out: [String: Any] = [:]
                for key in dictionary.keys.sorted() { out[key] = walk(dictionary[key]!) }
                return out
            case let array as [Any]: return array.map(walk)
            case let string as String: return placeholder(string, today: today, names: &names)
            default: return value
            }
        }
        let data = try JSONSerialization.data(withJSONObject: walk(object), options: [.sortedKeys, .fragmentsAllowed])
        return String(decoding: data, as: UTF8.self)
    }

    private static func placeholder(_ string: String, today: String, names: inout [String: String]) -> String {
        var text = string
        for match in text.matches(of: /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/).reversed() {
            let uuid = String(text[match.range])
            let name = names[uuid] ?? "<uuid-\(names.count + 1)>"
            names[uuid] = name
            text.replaceSubrange(match.range, with: name)
        }
        if text.hasPrefix(today) { return "<now>" }
        // Hashes cover recorded times, so two stores' chains differ everywhere but in shape.
        text = text.replacing(/[0-9a-f]{64}/, with: "<hash>")
        return text
    }
}
