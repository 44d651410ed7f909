import Foundation

/// Compact, key-sorted JSON for the read models' JSON columns: equal values give equal text, so
/// a rebuilt table compares equal to the incrementally built one byte for byte.
enum JSONCoding {
    static func text<T: Encodable>(_ value: T) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        guard let data = try? encoder.encode(value) else { preconditionFailure("read-model JSON failed to encode") }
        return String(decoding: data, as: UTF8.self)
    }

    static func decode<T: Decodable>(_ type: T.Type, _ text: String?) -> T? {
        guard let text else { return nil }
        return try? JSONDecoder().decode(type, from: Data(text.utf8))
    }
}
