import StrataApp

/// The `/v1/log` operations in the API document: the replica protocol `strata --store https://…`
/// speaks, described field by field so a client in another language can keep a replica too.
enum LogOperations {
    static var all: [(String, String, JSONValue)] {
        [
            ("/v1/log", "get", operation(
                "get-v1-log", "The store's identity and head: a replica checks it before copying anything", role: .reader,
                answers: [("200", "The identity", identity)])),
            ("/v1/log/append", "post", operation(
                "post-v1-log-append",
                "Appends events a replica decided, guarded by each stream's expected version and idempotent by event id; recorded as the token's identity. Domain events must decode at this release's schema version; token events need an admin token",
                role: .writer, body: appendBody,
                answers: [("201", "Appended now", result), ("200", "A replay: these event ids were stored already", result)])),
            ("/v1/log/verify", "get", operation(
                "get-v1-log-verify", "Walks the store's hash chain from the first event to the head", role: .reader,
                query: [parameter("anchor", "POSITION:HASH as an earlier verification printed it: it must still hold")],
                answers: [("200", "What the walk found", verification)])),
        ]
    }

    private static func operation(
        _ id: String, _ summary: String, role: TokenRole, query: [JSONValue] = [], body: JSONValue? = nil,
        answers: [(String, String, JSONValue)]
    ) -> JSONValue {
        var members = [
            JSONMember("operationId", .string(id)),
            JSONMember("summary", .string(summary)),
            JSONMember("description", .string("Needs a \(role.rawValue) token.")),
        ]
        if !query.isEmpty { members.append(JSONMember("parameters", .array(query))) }
        if let body {
            members.append(JSONMember("requestBody", .object([
                JSONMember("required", .bool(true)),
                JSONMember("content", .object([JSONMember("application/json", .object([JSONMember("schema", body)]))])),
            ])))
        }
        var responses = answers.map { status, description, schema in
            JSONMember(status, .object([
                JSONMember("description", .string(description)),
                JSONMember("content", .object([JSONMember("application/json", .object([JSONMember("schema", schema)]))])),
            ]))
        }
        for status in ["400", "401", "403", "409", "422", "429"] { responses.append(JSONMember(status, OpenAPIDocument.errorResponse)) }
        members.append(JSONMember("responses", .object(responses)))
        return .object(members)
    }

    private static func parameter(_ name: String, _ description: String) -> JSONValue {
        .object([
            JSONMember("name", .string(name)), JSONMember("in", .string("query")), JSONMember("required", .bool(false)),
            JSONMember("description", .string(description)), JSONMember("schema", type("string")),
        ])
    }

    private static func type(_ name: String) -> JSONValue { .object([JSONMember("type", .string(name))]) }

    /// An object with every listed property, those in `optional` allowed to be absent.
    private static func record(_ properties: [(String, JSONValue)], optional: Set<String> = []) -> JSONValue {
        .object([
            JSONMember("type", .string("object")),
            JSONMember("required", .array(properties.map(\.0).filter { !optional.contains($0) }.map(JSONValue.string))),
            JSONMember("properties", .object(properties.map { JSONMember($0.0, $0.1) })),
        ])
    }

    private static func array(_ items: JSONValue) -> JSONValue {
        .object([JSONMember("type", .string("array")), JSONMember("items", items)])
    }

    private static var identity: JSONValue {
        record([("storeID", type("string")), ("position", type("integer")), ("hash", type("string")), ("actor", type("string"))])
    }

    private static var appendBody: JSONValue {
        let event = record([
            ("eventID", type("string")), ("eventType", type("string")), ("schemaVersion", type("integer")),
            ("data", type("string")), ("effectiveAt", type("integer")),
        ], optional: ["effectiveAt"])
        let append = record([("streamID", type("string")), ("expected", type("string")), ("events", array(event))])
        let metadata = record([
            ("actor", type("string")), ("commandID", type("string")), ("correlationID", type("string")),
            ("causationID", type("string")), ("toolVersion", type("string")),
        ], optional: ["correlationID", "causationID"])
        return record([("appends", array(append)), ("metadata", metadata)])
    }

    private static var result: JSONValue {
        let placed = record([("eventID", type("string")), ("streamID", type("string")), ("streamVersion", type("integer")), ("position", type("integer"))])
        return record([("events", array(placed)), ("wasAlreadyStored", type("boolean")), ("headPosition", type("integer")), ("headHash", type("string"))])
    }

    private static var verification: JSONValue {
        record([
            ("headPosition", type("integer")), ("headHash", type("string")), ("eventCount", type("integer")),
            ("breakPosition", type("integer")), ("breakKind", type("string")), ("breakDetail", type("string")),
            ("anchorHeld", type("boolean")), ("warnings", array(type("string"))),
        ], optional: ["breakPosition", "breakKind", "breakDetail", "anchorHeld"])
    }
}
