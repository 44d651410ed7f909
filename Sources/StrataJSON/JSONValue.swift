/// One JSON value, kept close to the text it came from.
///
/// The single value type for every JSON reader in Strata. Numbers keep their spelling and
/// objects keep their members in document order because callers must tell `true` from `1`
/// and `2` from `2.0`, report problems in the order a reader sees them, and write canonical
/// text — all things Foundation's `Any` trees blur.
public enum JSONValue: Sendable, Hashable {
    case null
    case bool(Bool)
    /// A number as written, so `2` and `2.0` stay apart.
    case number(JSONNumber)
    case string(String)
    case array([JSONValue])
    /// Members in document order, repeated names included (see ``JSONParseOptions/duplicateKeys``).
    case object([JSONMember])

    /// The value of the member named `key`; the last one when the name repeats, as
    /// `JSONDecoder` reads it. Nil when this is not an object or has no such member.
    public subscript(key: String) -> JSONValue? {
        guard case .object(let members) = self else { return nil }
        return members.last { $0.key == key }?.value
    }

    /// The JSON type name used in "expected a number, got a string" messages.
    public var typeName: String {
        switch self {
        case .null: "null"
        case .bool: "a boolean"
        case .number: "a number"
        case .string: "a string"
        case .array: "an array"
        case .object: "an object"
        }
    }
}

/// One `"key": value` pair of a JSON object.
public struct JSONMember: Sendable, Hashable {
    /// The member's name, unescaped.
    public var key: String
    public var value: JSONValue

    /// A member, for building objects in a fixed order.
    public init(_ key: String, _ value: JSONValue) {
        self.key = key
        self.value = value
    }
}
