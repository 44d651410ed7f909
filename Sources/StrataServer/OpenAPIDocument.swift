import Foundation
import StrataApp

/// The OpenAPI 3.1 document of the whole API, generated from the same endpoint table the router
/// serves and the same argument lists requests are checked against, so the document cannot
/// announce what the server refuses. `docs/openapi.json` is this text (`strata-server --openapi`).
enum OpenAPIDocument {
    static let text: String = JSONWriter.pretty(document)

    static var document: JSONValue {
        var paths: [(String, [JSONMember])] = []
        func add(_ path: String, _ method: String, _ operation: JSONValue) {
            let key = path.split(separator: "/").map { $0.hasPrefix(":") ? "{\($0.dropFirst())}" : String($0) }.joined(separator: "/")
            let path = "/" + key
            if let index = paths.firstIndex(where: { $0.0 == path }) { paths[index].1.append(JSONMember(method, operation)) }
            else { paths.append((path, [JSONMember(method, operation)])) }
        }
        add("/healthz", "get", plain("Liveness: the process answers", schema: object(["status": .string("string")])))
        add("/readyz", "get", plain("Readiness: the store answers a read", schema: object(["status": .string("string"), "position": .string("integer")]), unavailable: true))
        add("/openapi.json", "get", plain("This document", schema: .object([])))
        add("/metrics", "get", metrics)
        add("/v1/events", "get", events)
        for (path, method, operation) in LogOperations.all { add(path, method, operation) }
        for endpoint in HTTPServer.endpoints { add(endpoint.path, endpoint.method.rawValue.lowercased(), operation(endpoint)) }
        return .object([
            JSONMember("openapi", .string("3.1.0")),
            JSONMember("info", .object([
                JSONMember("title", .string("Strata HTTP API")),
                JSONMember("version", .string(StrataVersion.current)),
                JSONMember("description", .string("Strata's decision log for data architecture over HTTP: the application layer's use cases as JSON endpoints. Every request but /healthz, /readyz and /openapi.json needs 'Authorization: Bearer SECRET'. Every failure answers with the Error object.")),
            ])),
            JSONMember("servers", .array([.object([JSONMember("url", .string("http://127.0.0.1:8080"))])])),
            JSONMember("paths", .object(paths.map { JSONMember($0.0, .object($0.1)) })),
            JSONMember("components", components),
            JSONMember("security", .array([.object([JSONMember("bearer", .array([]))])])),
        ])
    }

    private static func operation(_ endpoint: Endpoint) -> JSONValue {
        let pathNames = endpoint.pathParameters
        var parameters = endpoint.arguments.filter { pathNames.contains($0.name) }.map { parameter($0, in: "path") }
        var members = [
            JSONMember("operationId", .string(operationID(endpoint))),
            JSONMember("summary", .string(endpoint.summary)),
            JSONMember("description", .string("Needs a \(endpoint.role.rawValue) token.")),
        ]
        let rest = endpoint.arguments.filter { !pathNames.contains($0.name) }
        if endpoint.method == .get {
            parameters += rest.map { parameter($0, in: "query") }
        } else if !rest.isEmpty {
            members.append(JSONMember("requestBody", .object([
                JSONMember("required", .bool(rest.contains(where: \.required))),
                JSONMember("content", .object([JSONMember("application/json", .object([JSONMember("schema", bodySchema(rest))]))])),
            ])))
        }
        if !parameters.isEmpty { members.insert(JSONMember("parameters", .array(parameters)), at: 2) }
        var responses: [JSONMember] = []
        switch (endpoint.kind, endpoint.method) {
        case (.read, .get):
            responses.append(JSONMember("200", answer("The answer at the moment asked for", versioned: true)))
            responses.append(JSONMember("304", .object([JSONMember("description", .string("Unchanged since the ETag sent in If-None-Match"))])))
        case (.read, _):
            responses.append(JSONMember("200", answer("The answer", versioned: false)))
        case (_, .post):
            responses.append(JSONMember("201", answer("Recorded now", versioned: false)))
            responses.append(JSONMember("200", answer("A replay: the report of the first attempt with this idempotency key", versioned: false)))
        default:
            responses.append(JSONMember("200", answer("Done", versioned: false)))
        }
        for status in ["400", "401", "403", "404", "409", "422", "429"] { responses.append(JSONMember(status, errorResponse)) }
        members.append(JSONMember("responses", .object(responses)))
        return .object(members)
    }

    /// A body's schema, with the documents it embeds (a profile, a decision) referenced from
    /// the components rather than repeated in every operation that takes them.
    private static func bodySchema(_ arguments: [UseCaseArgument]) -> JSONValue {
        guard case .object(var members) = UseCaseArgument.objectSchema(arguments),
              let index = members.firstIndex(where: { $0.key == "properties" })
        else { return UseCaseArgument.objectSchema(arguments) }
        members[index].value = .object(arguments.map { argument in
            guard case .object = argument.type.shape else { return JSONMember(argument.name, argument.schema) }
            return JSONMember(argument.name, .object([JSONMember("$ref", .string("#/components/schemas/\(argument.name)"))]))
        })
        return .object(members)
    }

    /// The embedded documents' schemas, once each, named after the field that carries them.
    private static var documents: [JSONMember] {
        var seen: [JSONMember] = []
        for argument in HTTPServer.endpoints.flatMap(\.arguments) where !seen.contains(where: { $0.key == argument.name }) {
            if case .object = argument.type.shape { seen.append(JSONMember(argument.name, argument.type.schema)) }
        }
        return seen
    }

    private static var metrics: JSONValue {
        .object([
            JSONMember("operationId", .string("metrics")),
            JSONMember("summary", .string("Every figure in the Prometheus text format")),
            JSONMember("description", .string("Needs a reader token. Requests by route and status (hb_requests), their duration (http_server_request_duration_seconds), strata_events_appended_total, strata_log_head_position, strata_subscribers by kind (sse, long-poll) and strata_auth_failures_total by reason (unauthenticated, forbidden, blocked).")),
            JSONMember("responses", .object([
                JSONMember("200", .object([
                    JSONMember("description", .string("The text exposition format, version 0.0.4")),
                    JSONMember("content", .object([JSONMember("text/plain", .object([JSONMember("schema", .object([JSONMember("type", .string("string"))]))]))])),
                ])),
                JSONMember("401", errorResponse), JSONMember("403", errorResponse), JSONMember("429", errorResponse),
            ])),
        ])
    }

    private static var events: JSONValue {
        .object([
            JSONMember("operationId", .string("events")),
            JSONMember("summary", .string("The log after a position: a JSON page, long-polled with wait, or server-sent events with Accept: text/event-stream (id: is the position; reconnect with Last-Event-ID)")),
            JSONMember("parameters", .array(EventFeed.arguments.map { parameter($0, in: "query") } + [
                .object([JSONMember("name", .string("Last-Event-ID")), JSONMember("in", .string("header")), JSONMember("schema", .object([JSONMember("type", .string("string"))]))]),
            ])),
            JSONMember("responses", .object([
                JSONMember("200", .object([
                    JSONMember("description", .string("Events in position order; next is the position to ask after next")),
                    JSONMember("content", .object([
                        JSONMember("application/json", .object([JSONMember("schema", object(["events": .string("array"), "next": .string("integer")]))])),
                        JSONMember("text/event-stream", .object([JSONMember("schema", .object([JSONMember("type", .string("string"))]))])),
                    ])),
                ])),
                JSONMember("400", errorResponse), JSONMember("401", errorResponse), JSONMember("403", errorResponse), JSONMember("429", errorResponse),
            ])),
        ])
    }

    private static func parameter(_ argument: UseCaseArgument, in place: String) -> JSONValue {
        var schema = argument.schema
        if case .object(let members) = schema, members.contains(where: { $0.key == "type" && $0.value == .string("object") }) {
            schema = .object([JSONMember("type", .string("string"))])
        }
        var members = [JSONMember("name", .string(argument.name)), JSONMember("in", .string(place)), JSONMember("required", .bool(place == "path" || argument.required)), JSONMember("schema", schema)]
        if case .strings = argument.type.shape { members += [JSONMember("style", .string("form")), JSONMember("explode", .bool(false))] }
        return .object(members)
    }

    private static func answer(_ description: String, versioned: Bool) -> JSONValue {
        var members = [
            JSONMember("description", .string(description)),
            JSONMember("content", .object([JSONMember("application/json", .object([JSONMember("schema", .object([JSONMember("type", .string("object"))]))]))])),
        ]
        if versioned {
            members.insert(JSONMember("headers", .object([
                JSONMember("ETag", .object([JSONMember("description", .string("The log position the answer is for, quoted")), JSONMember("schema", .object([JSONMember("type", .string("string"))]))])),
                JSONMember("Strata-Position", .object([JSONMember("description", .string("The log position the answer is for")), JSONMember("schema", .object([JSONMember("type", .string("integer"))]))])),
            ])), at: 1)
        }
        return .object(members)
    }

    static let errorResponse: JSONValue = .object([
        JSONMember("description", .string("The error object")),
        JSONMember("content", .object([JSONMember("application/json", .object([JSONMember("schema", .object([JSONMember("$ref", .string("#/components/schemas/Error"))]))]))])),
    ])

    private static func plain(_ summary: String, schema: JSONValue, unavailable: Bool = false) -> JSONValue {
        var responses = [JSONMember("200", .object([
            JSONMember("description", .string(summary)),
            JSONMember("content", .object([JSONMember("application/json", .object([JSONMember("schema", schema)]))])),
        ]))]
        if unavailable { responses.append(JSONMember("503", errorResponse)) }
        return .object([JSONMember("summary", .string(summary)), JSONMember("security", .array([])), JSONMember("responses", .object(responses))])
    }

    /// An object schema whose properties have the given JSON types.
    private static func object(_ properties: KeyValuePairs<String, JSONValue>) -> JSONValue {
        .object([
            JSONMember("type", .string("object")),
            JSONMember("properties", .object(properties.map { JSONMember($0.key, .object([JSONMember("type", $0.value)])) })),
        ])
    }

    private static var components: JSONValue {
        let text = JSONValue.object([JSONMember("type", .string("string"))])
        return .object([
            JSONMember("securitySchemes", .object([JSONMember("bearer", .object([
                JSONMember("type", .string("http")), JSONMember("scheme", .string("bearer")),
                JSONMember("description", .string("A secret from 'strata token add NAME --role reader|writer|admin'")),
            ]))])),
            JSONMember("schemas", .object(documents + [JSONMember("Error", .object([
                JSONMember("type", .string("object")),
                JSONMember("required", .array([.string("error")])),
                JSONMember("properties", .object([JSONMember("error", .object([
                    JSONMember("type", .string("object")),
                    JSONMember("required", .array(["status", "code", "category", "message"].map(JSONValue.string))),
                    JSONMember("properties", .object([
                        JSONMember("status", .object([JSONMember("type", .string("integer"))])),
                        JSONMember("code", .object([JSONMember("type", .string("string")), JSONMember("description", .string("Stable: match on it"))])),
                        JSONMember("category", .object([JSONMember("type", .string("string")), JSONMember("description", .string("input, notFound, refused, conflict, store or auth"))])),
                        JSONMember("message", text),
                        JSONMember("subject", .object([JSONMember("type", .string("object"))])),
                        JSONMember("remedy", text),
                        JSONMember("currentVersion", .object([JSONMember("type", .string("integer")), JSONMember("description", .string("On a version conflict: the version to expect next time"))])),
                    ])),
                ]))])),
            ]))])),
        ])
    }

    /// `get-v1-decisions-id`: unique, stable, readable.
    private static func operationID(_ endpoint: Endpoint) -> String {
        ([endpoint.method.rawValue.lowercased()] + endpoint.path.split(separator: "/").map { $0.hasPrefix(":") ? String($0.dropFirst()) : String($0) }).joined(separator: "-")
    }
}
