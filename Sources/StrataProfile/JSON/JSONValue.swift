/// A parsed JSON document, kept close to the text it came from.
///
/// Strata parses profiles with its own small parser instead of
/// `JSONSerialization` because the schema must tell `true` from `1` and `2`
/// from `2.5`, and Foundation blurs both (booleans become `NSNumber`, and
/// integers and doubles share one type on Linux). Objects keep their members
/// in document order so errors can be reported in the order a reader sees them.
enum JSONValue: Sendable, Equatable {
    case null
    case bool(Bool)
    case number(JSONNumber)
    case string(String)
    case array([JSONValue])
    case object([JSONMember])

    /// A short, one-line rendering for error messages ("2.5", "\"abc\"", "an array").
    var briefDescription: String {
        switch self {
        case .null: "null"
        case .bool(let flag): flag ? "true" : "false"
        case .number(let number): Self.truncated(number.lexeme)
        case .string(let text): Self.truncated(CanonicalJSON.quoted(text))
        case .array(let items): items.isEmpty ? "an empty array" : "an array of \(items.count) item(s)"
        case .object: "an object"
        }
    }

    /// The JSON type name used in "expected a number, got a string" messages.
    var typeName: String {
        switch self {
        case .null: "null"
        case .bool: "a boolean"
        case .number: "a number"
        case .string: "a string"
        case .array: "an array"
        case .object: "an object"
        }
    }

    private static func truncated(_ text: String, limit: Int = 48) -> String {
        text.count <= limit ? text : String(text.prefix(limit)) + "…"
    }
}

/// One `"key": value` pair of a JSON object.
struct JSONMember: Sendable, Equatable {
    let key: String
    let value: JSONValue
}

/// A JSON number with its original spelling.
///
/// Keeping the lexeme lets the validator decide "integer or not" the way JSON
/// Schema does (by mathematical value, so `2.0` is an integer) and report the
/// value exactly as the user wrote it.
struct JSONNumber: Sendable, Equatable {
    /// The number as written in the document.
    let lexeme: String
    /// The closest finite `Double`.
    let value: Double

    /// The value as an `Int` when it has no fractional part and fits.
    var integerValue: Int? {
        if !lexeme.contains(where: { $0 == "." || $0 == "e" || $0 == "E" }) {
            return Int(lexeme)
        }
        guard value.rounded(.towardZero) == value, abs(value) <= 9_007_199_254_740_992 else {
            return nil
        }
        return Int(value)
    }

    /// Whether the value is mathematically an integer, however large.
    var isIntegral: Bool {
        value.rounded(.towardZero) == value
    }
}
