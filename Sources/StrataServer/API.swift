import Foundation
import HTTPTypes
import Hummingbird
import Logging
import NIOCore
import StrataApp

/// The HTTP face: turns a request into a use case call and its answer (or refusal) into JSON.
/// It authenticates, reads arguments, versions reads by log position, and holds no rule of its own.
struct API: Sendable {
    let store: StrataStore
    let failures: FailedAuthLimit

    /// The largest body a write takes: profiles and decisions are small documents.
    static let maxBody = 1 << 20

    /// Answers one call of `endpoint`; every failure becomes the one error object.
    func handle(_ endpoint: Endpoint, _ request: Request, _ context: ServerContext) async -> Response {
        do {
            let token = try await authenticate(request, context, needing: endpoint.role)
            context.logger.info("call", metadata: ["actor": .string(token.actor), "endpoint": .string(endpoint.path)])
            let values = try await inputs(of: endpoint, request, context)
            let call = EndpointCall(arguments: try UseCaseArguments(values, declared: endpoint.arguments), store: store, token: token)
            if endpoint.kind == .read && request.method == .get { return try versionedRead(endpoint, call, request) }
            let result = try endpoint.run(call)
            ServerMetrics.recordWrite(result, of: endpoint)
            return Self.json(Self.status(of: result, endpoint), result)
        } catch let error as APIError {
            return Self.json(error.status, error)
        } catch let error as AppError {
            return Self.json(APIError.status(of: error), APIError(error, currentVersion: currentVersion(error)))
        } catch {
            return Self.json(.badRequest, APIError.badBody("\(error)"))
        }
    }

    /// The bearer token calling, checked against the role `needed`; failures count toward the
    /// client address's limit, and a blocked address is refused before its token is looked at.
    func authenticate(_ request: Request, _ context: ServerContext, needing needed: TokenRole) async throws -> APIToken {
        let client = context.clientKey
        if await failures.isBlocked(client) {
            ServerMetrics.recordAuthFailure(.blocked)
            throw APIError.tooManyFailures
        }
        guard let header = request.headers[.authorization], header.lowercased().hasPrefix("bearer "),
              let token = try store.authenticate(secret: String(header.dropFirst("bearer ".count)).trimmingCharacters(in: .whitespaces))
        else {
            await failures.recordFailure(client)
            ServerMetrics.recordAuthFailure(.unauthenticated)
            throw APIError.unauthenticated
        }
        guard token.role.permits(needed) else {
            ServerMetrics.recordAuthFailure(.forbidden)
            throw APIError.forbidden(token.role, needed: needed)
        }
        return token
    }

    /// A read at a moment, answered `304` when the caller already holds the answer for its position.
    private func versionedRead(_ endpoint: Endpoint, _ call: EndpointCall, _ request: Request) throws -> Response {
        let position = try store.position(answering: try call.moment())
        let tag = "\"\(position)\""
        var headers = HTTPFields()
        headers[.eTag] = tag
        headers[Self.positionHeader] = String(position)
        if let held = request.headers[.ifNoneMatch], held.split(separator: ",").contains(where: { $0.trimmingCharacters(in: .whitespaces) == tag || $0 == "*" }) {
            return Response(status: .notModified, headers: headers)
        }
        return Self.json(.ok, try endpoint.run(call), headers: headers)
    }

    /// Path parameters, then the query (GET) or the JSON body's fields (everything else).
    private func inputs(of endpoint: Endpoint, _ request: Request, _ context: ServerContext) async throws -> [String: JSONValue] {
        var values: [String: JSONValue] = [:]
        if request.method == .get {
            for (name, text) in request.uri.queryParameters {
                values[String(name)] = QueryValue.json(String(text), as: endpoint.arguments.first { $0.name == name }?.type)
            }
        } else {
            var request = request
            let body = try await request.collectBody(upTo: Self.maxBody)
            values = try Self.object(Array(buffer: body))
            if values["idempotencyKey"] == nil, let key = request.headers[Self.idempotencyHeader] { values["idempotencyKey"] = .string(key) }
        }
        for name in endpoint.pathParameters {
            if let value = context.parameters.get(name) { values[name] = .string(value) }
        }
        return values
    }

    private static func object(_ bytes: [UInt8]) throws -> [String: JSONValue] {
        if bytes.allSatisfy({ $0 == 0x20 || $0 == 0x0A || $0 == 0x0D || $0 == 0x09 }) { return [:] }
        let value: JSONValue
        do { value = try JSONParser.parse(bytes) } catch { throw APIError.badBody("the body is not JSON: \(error)") }
        guard case .object(let members) = value else { throw APIError.badBody("the body must be a JSON object, not \(value.typeName)") }
        var values: [String: JSONValue] = [:]
        for member in members {
            if values[member.key] != nil { throw APIError.badBody("the field '\(member.key)' appears twice") }
            values[member.key] = member.value
        }
        return values
    }

    /// On a version conflict, the version the stream is at now, so the caller knows what to expect.
    func currentVersion(_ error: AppError) -> Int? {
        guard error.code == .versionConflict, let stream = error.subject?.entity else { return nil }
        return try? store.currentVersion(ofStream: stream)
    }

    /// `201` for a change recorded now, `200` for a replayed one and for every other answer.
    private static func status(of result: any Encodable, _ endpoint: Endpoint) -> HTTPResponse.Status {
        guard endpoint.method == .post, endpoint.kind != .read else { return .ok }
        if let report = result as? ChangeReport, report.replayed == true { return .ok }
        return .created
    }

    static let positionHeader = HTTPField.Name("Strata-Position")!
    static let idempotencyHeader = HTTPField.Name("Idempotency-Key")!

    /// `value` as compact JSON with the response's headers.
    static func json(_ status: HTTPResponse.Status, _ value: some Encodable, headers: HTTPFields = HTTPFields()) -> Response {
        var headers = headers
        headers[.contentType] = "application/json"
        let data = (try? JSONCodec.encode(value, .compact)) ?? Data(#"{"error":{"status":500,"code":"unencodable","category":"store","message":"the answer could not be written as JSON"}}"#.utf8)
        return Response(status: status, headers: headers, body: ResponseBody(byteBuffer: ByteBuffer(bytes: data + Data("\n".utf8))))
    }
}

/// A query parameter's text as the JSON value its argument's shape expects: `true`, `3`,
/// `a,b`; anything else stays a string, which the argument check then refuses by name.
enum QueryValue {
    static func json(_ text: String, as type: ArgumentType?) -> JSONValue {
        switch type?.shape {
        case .boolean?, .number?, .integer?:
            return (try? JSONParser.parse(text)) ?? .string(text)
        case .strings?:
            return .array(text.split(separator: ",").map { .string(String($0)) })
        default:
            return .string(text)
        }
    }
}
