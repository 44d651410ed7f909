import StrataJSON

/// The workload profile's JSON Schema, generated from ``ProfileSchema``, the table the validator
/// walks, with each field's meaning from ``ProfileTemplate``.
///
/// Faces that describe their input to machines (an MCP tool's input schema, a resource) publish
/// this instead of a copy of `workload.schema.json`, so what they announce is what the parser
/// accepts: one description per field, never a second hand-written one to drift.
public enum ProfileJSONSchema {
    /// The schema as one JSON object (draft 2020-12 keywords).
    public static var value: JSONValue {
        .object([
            JSONMember("$schema", .string("https://json-schema.org/draft/2020-12/schema")),
            JSONMember("title", .string("Workload profile")),
            JSONMember("description", .string(ProfileTemplate.header.joined(separator: " "))),
            JSONMember("type", .string("object")),
            JSONMember("required", .array(ProfileSchema.required.map(JSONValue.string))),
            JSONMember("additionalProperties", .bool(false)),
            JSONMember("properties", .object(ProfileSchema.fields.map { JSONMember($0.name, property($0)) })),
        ])
    }

    private static func property(_ field: ProfileSchema.Field) -> JSONValue {
        var members = shape(field.constraint)
        if let meaning = ProfileTemplate.notes[field.name]?.meaning {
            members.append(JSONMember("description", .string(meaning)))
        }
        return .object(members)
    }

    private static func shape(_ constraint: ProfileSchema.Constraint) -> [JSONMember] {
        switch constraint {
        case let .text(minimum, maximum):
            [JSONMember("type", .string("string")), JSONMember("minLength", .number(JSONNumber(minimum))),
             JSONMember("maxLength", .number(JSONNumber(maximum)))]
        case .number(let exclusive):
            [JSONMember("type", .string("number")), JSONMember(exclusive ? "exclusiveMinimum" : "minimum", .number(0))]
        case .integer(let minimum):
            [JSONMember("type", .string("integer")), JSONMember("minimum", .number(JSONNumber(minimum)))]
        case .boolean:
            [JSONMember("type", .string("boolean"))]
        case .choice(let values):
            [JSONMember("enum", .array(values.map(JSONValue.string)))]
        case let .choices(values, minimum):
            [JSONMember("type", .string("array")), JSONMember("minItems", .number(JSONNumber(minimum))),
             JSONMember("uniqueItems", .bool(true)), JSONMember("items", .object([JSONMember("enum", .array(values.map(JSONValue.string)))]))]
        }
    }
}
