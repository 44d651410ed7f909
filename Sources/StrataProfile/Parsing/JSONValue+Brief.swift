import StrataJSON

extension JSONValue {
    /// A short, one-line rendering for error messages ("2.5", "\"abc\"", "an array").
    var briefDescription: String {
        switch self {
        case .null: "null"
        case .bool(let flag): flag ? "true" : "false"
        case .number(let number): Self.truncated(number.lexeme)
        case .string(let text): Self.truncated(JSONString.quoted(text, style: .canonical))
        case .array(let items): items.isEmpty ? "an empty array" : "an array of \(items.count) item(s)"
        case .object: "an object"
        }
    }

    private static func truncated(_ text: String, limit: Int = 48) -> String {
        text.count <= limit ? text : String(text.prefix(limit)) + "…"
    }
}
