import Foundation
import HTTPTypes
import Hummingbird
import NIOCore
import StrataApp

/// `/v1/log`: what `strata --store https://…` needs to keep a replica of this server's store.
///
/// The CLI decides on its replica with the same use cases it runs on a file, then sends the
/// events it decided here, guarded by the stream versions it decided at; it reads new facts
/// back through `/v1/events?format=replica`. The bodies are ``UpstreamWire``'s, the protocol a
/// replica already speaks to a team store, so one replica serves both.
struct LogEndpoints: Sendable {
    let store: StrataStore
    let api: API

    /// What `POST /v1/log/append` takes.
    struct AppendBody: Decodable {
        var appends: [UpstreamWire.Append]
        /// The command's ids and release; its `actor` is replaced by the token's.
        var metadata: EventMetadata
    }

    func register(on router: Router<ServerContext>) {
        router.get("/v1/log") { request, context in
            await answer(request, context, needing: .reader) { token in
                var identity = try store.identity()
                identity.actor = token.actor
                return (.ok, identity)
            }
        }
        router.get("/v1/log/verify") { request, context in
            await answer(request, context, needing: .reader) { _ in
                let anchor = request.uri.queryParameters["anchor"].map(String.init)
                return (.ok, UpstreamWire.Verification(try store.verifyChain(anchor: anchor)))
            }
        }
        router.post("/v1/log/append") { request, context in
            await answer(request, context, needing: .writer) { token in
                var request = request
                let body = try await request.collectBody(upTo: API.maxBody)
                let decoded: AppendBody
                do { decoded = try JSONCodec.decoder().decode(AppendBody.self, from: Data(buffer: body)) } catch {
                    throw APIError.badBody("the body is not an append: \(Self.reason(error))")
                }
                var appends: [StreamAppend] = []
                for append in decoded.appends {
                    guard let parsed = append.streamAppend else {
                        throw APIError.badBody("'\(append.expected)' is not an expected version; use any, no-stream, stream-exists or a number")
                    }
                    appends.append(parsed)
                }
                let result = try store.appendReplicated(appends, metadata: decoded.metadata, by: token)
                if !result.wasAlreadyStored { ServerMetrics.eventsAppended.increment(by: result.events.count) }
                return (result.wasAlreadyStored ? .ok : .created, UpstreamWire.Result(result))
            }
        }
    }

    /// Authenticates, runs `body` and answers its value, or the one error object.
    private func answer(
        _ request: Request, _ context: ServerContext, needing role: TokenRole,
        _ body: (APIToken) async throws -> (HTTPResponse.Status, any Encodable & Sendable)
    ) async -> Response {
        do {
            let token = try await api.authenticate(request, context, needing: role)
            let (status, value) = try await body(token)
            var headers = HTTPFields()
            headers[API.positionHeader] = String(try store.headPosition())
            return API.json(status, value, headers: headers)
        } catch let error as APIError {
            return API.json(error.status, error)
        } catch let error as AppError {
            return API.json(APIError.status(of: error), APIError(error, currentVersion: api.currentVersion(error)))
        } catch {
            return API.json(.badRequest, APIError.badBody("\(error)"))
        }
    }

    /// A decoding failure in one line, naming the field at fault.
    private static func reason(_ error: any Error) -> String {
        switch error {
        case DecodingError.keyNotFound(let key, _): "the field '\(key.stringValue)' is missing"
        case DecodingError.typeMismatch(_, let context), DecodingError.valueNotFound(_, let context),
             DecodingError.dataCorrupted(let context):
            "\(context.codingPath.map(\.stringValue).joined(separator: ".")): \(context.debugDescription)"
        default: "\(error)"
        }
    }
}
