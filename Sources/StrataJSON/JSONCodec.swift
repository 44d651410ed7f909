import Foundation

/// The one configuration of `JSONEncoder` and `JSONDecoder` for `Codable` JSON.
///
/// Keys are sorted (equal values give equal text, so rebuilt tables and events compare byte
/// for byte) and `/` is not escaped (paths and URLs stay readable).
public enum JSONCodec {
    /// How encoded text is laid out.
    public enum Layout: Sendable {
        /// No whitespace: stored payloads, JSON columns, NDJSON.
        case compact
        /// Indented for people: `--json` reports.
        case pretty
        /// Compact with `/` escaped as `\/`, Foundation's default. Only where existing bytes
        /// depend on it: stored import fingerprints and HTML pages already published.
        case escapedSlashes
    }

    /// An encoder in `layout`. Non-finite doubles, which JSON cannot spell, are written as the
    /// strings `"Infinity"`, `"-Infinity"` and `"NaN"` when `nonFiniteAsStrings`; else they fail.
    public static func encoder(_ layout: Layout = .compact, nonFiniteAsStrings: Bool = false) -> JSONEncoder {
        let encoder = JSONEncoder()
        switch layout {
        case .compact: encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        case .pretty: encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        case .escapedSlashes: encoder.outputFormatting = [.sortedKeys]
        }
        if nonFiniteAsStrings {
            encoder.nonConformingFloatEncodingStrategy = .convertToString(
                positiveInfinity: "Infinity", negativeInfinity: "-Infinity", nan: "NaN")
        }
        return encoder
    }

    /// `value` encoded in `layout`.
    public static func encode<T: Encodable>(_ value: T, _ layout: Layout = .compact) throws -> Data {
        try encoder(layout).encode(value)
    }

    /// `value` encoded in `layout`, as text.
    public static func text<T: Encodable>(_ value: T, _ layout: Layout = .compact) throws -> String {
        String(decoding: try encode(value, layout), as: UTF8.self)
    }

    /// The decoder every reader of `Codable` JSON uses.
    public static func decoder() -> JSONDecoder { JSONDecoder() }

    /// The `T` that `data` holds, read as `decoder()` reads it (by ``JSONTreeDecoder``, faster).
    public static func decode<T: Decodable>(_ type: T.Type, from data: Data) throws -> T {
        try JSONTreeDecoder.decode(type, from: data)
    }

    /// The `T` that `text` holds, read as `decoder()` reads it (by ``JSONTreeDecoder``, faster).
    public static func decode<T: Decodable>(_ type: T.Type, from text: String) throws -> T {
        try JSONTreeDecoder.decode(type, from: text)
    }
}
