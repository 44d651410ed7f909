import Foundation
import MCP
import StrataApp

/// Moves values between the SDK's JSON (`Value`) and the application layer's (`JSONValue`,
/// `Encodable` results), so the face neither parses arguments nor shapes results itself.
enum ValueBridge {
    /// An argument as the application layer checks it.
    static func json(_ value: Value) -> JSONValue {
        switch value {
        case .null: .null
        case .bool(let flag): .bool(flag)
        case .int(let integer): .number(JSONNumber(integer))
        case .double(let double): .number(JSONNumber(double))
        case .string(let text): .string(text)
        case let .data(mimeType, data): .string("data:\(mimeType ?? "application/octet-stream");base64,\(data.base64EncodedString())")
        case .array(let items): .array(items.map(json))
        case .object(let members): .object(members.sorted { $0.key < $1.key }.map { JSONMember($0.key, json($0.value)) })
        }
    }

    /// A schema or document the application layer built, as the SDK sends it.
    static func value(_ json: JSONValue) -> Value {
        switch json {
        case .null: .null
        case .bool(let flag): .bool(flag)
        case .number(let number): number.integerValue.map(Value.int) ?? .double(number.value)
        case .string(let text): .string(text)
        case .array(let items): .array(items.map(value))
        case .object(let members): .object(Dictionary(members.map { ($0.key, value($0.value)) }, uniquingKeysWith: { _, last in last }))
        }
    }

    /// A use case's result, encoded with the application layer's one JSON configuration, as
    /// text (the call's text content) and as a value (its structured content).
    static func rendered(_ result: some Encodable) throws -> (text: String, value: Value) {
        let text = try (result as? JSONText)?.text ?? JSONCodec.text(result, .compact)
        return (text, try value(parsing: text))
    }

    /// A value the application layer can encode (an error's subject), as the SDK sends it.
    static func value(_ result: some Encodable) throws -> Value {
        try value(parsing: try JSONCodec.text(result, .compact))
    }

    /// JSON text the application layer rendered (the rule catalogue), as a value.
    static func value(parsing text: String) throws -> Value {
        value(try JSONParser.parse(text))
    }
}
