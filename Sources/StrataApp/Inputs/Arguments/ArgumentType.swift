import Foundation
import StrataJSON

/// One kind of value a use case takes (a moment, a decision id, a workload profile), described
/// once for every face that announces its inputs to machines.
///
/// An MCP tool's input schema, and any later face's, is built from these: each argument names
/// its type, and the type carries the one description and the one JSON Schema fragment. The
/// same type then checks the value the face received (``UseCaseArguments``), so what a schema
/// announces and what is accepted cannot drift apart.
public struct ArgumentType: Sendable {
    /// What the JSON value must be before the use case parses it further.
    public enum Shape: Sendable, Equatable {
        case string
        /// One of a fixed list of spellings, taken from the domain's own enums.
        case choice([String])
        case number
        case integer
        case boolean
        case strings
        /// An object the use case parses itself (a profile, a decision document).
        case object
    }

    /// The type's name in messages ("a decision id").
    public let noun: String
    /// What the value means and which spellings the use case accepts; one sentence or two.
    public let description: String
    public let shape: Shape
    /// A whole JSON Schema for object arguments whose shape the parser knows (the profile).
    public let objectSchema: JSONValue?

    public init(noun: String, description: String, shape: Shape, objectSchema: JSONValue? = nil) {
        self.noun = noun
        self.description = description
        self.shape = shape
        self.objectSchema = objectSchema
    }

    /// The JSON Schema fragment for one argument of this type.
    public var schema: JSONValue {
        if let objectSchema { return Self.adding(description: description, to: objectSchema) }
        var members = [JSONMember("description", .string(description))]
        switch shape {
        case .string: members.append(JSONMember("type", .string("string")))
        case .choice(let values): members += [JSONMember("type", .string("string")), JSONMember("enum", .array(values.map(JSONValue.string)))]
        case .number: members.append(JSONMember("type", .string("number")))
        case .integer: members.append(JSONMember("type", .string("integer")))
        case .boolean: members.append(JSONMember("type", .string("boolean")))
        case .strings: members += [JSONMember("type", .string("array")), JSONMember("items", .object([JSONMember("type", .string("string"))]))]
        case .object: members.append(JSONMember("type", .string("object")))
        }
        return .object(members)
    }

    private static func adding(description: String, to schema: JSONValue) -> JSONValue {
        guard case .object(let members) = schema else { return schema }
        return .object(members.filter { $0.key != "description" && $0.key != "$schema" } + [JSONMember("description", .string(description))])
    }
}

/// One argument of one use case: its name, its type, and whether it must be given.
public struct UseCaseArgument: Sendable {
    public let name: String
    public let type: ArgumentType
    public let required: Bool
    /// What this use case does with it, when the type's description alone does not say.
    public let note: String?

    public init(_ name: String, _ type: ArgumentType, required: Bool = false, note: String? = nil) {
        self.name = name
        self.type = type
        self.required = required
        self.note = note
    }

    /// The argument's schema: its type's, with the note appended to the description.
    public var schema: JSONValue {
        guard let note, case .object(let members) = type.schema else { return type.schema }
        return .object(members.map { $0.key == "description" ? JSONMember("description", .string("\(type.description) \(note)")) : $0 })
    }

    /// A JSON Schema object for a whole argument list.
    public static func objectSchema(_ arguments: [UseCaseArgument]) -> JSONValue {
        .object([
            JSONMember("type", .string("object")),
            JSONMember("properties", .object(arguments.map { JSONMember($0.name, $0.schema) })),
            JSONMember("required", .array(arguments.filter(\.required).map { .string($0.name) })),
            JSONMember("additionalProperties", .bool(false)),
        ])
    }
}
