import Foundation
import Hummingbird
import HummingbirdTLS
import Logging
import NIOCore
import NIOSSL
import Prometheus
import StrataApp

/// The application: every endpoint on one router, health checks, metrics, and the server's lifecycle.
struct HTTPServer: Sendable {
    let store: StrataStore
    let options: ServerOptions
    /// Set with `--tls-cert`/`--tls-key`: the server speaks HTTPS only.
    let tls: TLSConfiguration?
    /// Where swift-metrics records; `GET /metrics` renders it.
    let metrics: PrometheusCollectorRegistry

    /// Every use case endpoint, in the order the API document lists them.
    static let endpoints = ReadEndpoints.all + WriteEndpoints.all + TokenEndpoints.all

    func run() async throws {
        var logger = Logger(label: "strata-server")
        logger.logLevel = .info
        let api = API(store: store, failures: FailedAuthLimit(limit: options.authFailureLimit))
        let router = Router(context: ServerContext.self)
        router.middlewares.add(RequestLog())
        router.middlewares.add(MetricsMiddleware())
        router.middlewares.add(ErrorObjectMiddleware())
        router.middlewares.add(ReplicaCatchUp(store: store))
        router.get("/healthz") { _, _ in API.json(.ok, ["status": "ok"]) }
        router.get("/readyz") { _, _ in readiness() }
        router.get("/openapi.json") { _, _ in
            var headers = HTTPFields()
            headers[.contentType] = "application/json"
            return Response(status: .ok, headers: headers, body: ResponseBody(byteBuffer: ByteBuffer(string: OpenAPIDocument.text + "\n")))
        }
        for endpoint in Self.endpoints {
            router.on(RouterPath(endpoint.path), method: endpoint.method) { request, context in await api.handle(endpoint, request, context) }
        }
        WebPages(store: store, api: api).register(on: router)
        MetricsEndpoint(registry: metrics, store: store, api: api).register(on: router)
        LogEndpoints(store: store, api: api).register(on: router)
        let feed = EventFeed(store: store)
        router.get("/v1/events") { request, context in
            do {
                _ = try await api.authenticate(request, context, needing: .reader)
                var values: [String: JSONValue] = [:]
                for (name, text) in request.uri.queryParameters {
                    values[String(name)] = QueryValue.json(String(text), as: EventFeed.arguments.first { $0.name == name }?.type)
                }
                return try await feed.answer(try UseCaseArguments(values, declared: EventFeed.arguments), request)
            } catch let error as APIError {
                return API.json(error.status, error)
            } catch let error as AppError {
                return API.json(APIError.status(of: error), APIError(error))
            }
        }
        let app = Application(
            router: router,
            server: try tls.map { try .tls(.http1(), tlsConfiguration: $0) } ?? .http1(),
            configuration: .init(address: .hostname(options.host, port: options.port), serverName: "strata-server"),
            onServerRunning: { channel in
                let address = channel.localAddress
                let host = address?.ipAddress ?? options.host
                let shown = host.contains(":") ? "[\(host)]" : host
                // Written straight to the descriptor: a test or supervisor reads this line at once.
                FileHandle.standardOutput.write(Data("listening on \(options.scheme)://\(shown):\(address?.port ?? options.port)\n".utf8))
            },
            logger: logger)
        try await app.runService()
    }

    /// Ready when the store answers a read: a locked or damaged store is alive but not ready.
    private func readiness() -> Response {
        do {
            let position = try store.headPosition()
            return API.json(.ok, ReadyStatus(status: "ready", position: position))
        } catch {
            return API.json(.serviceUnavailable, APIError(error))
        }
    }

    private struct ReadyStatus: Encodable {
        var status: String
        var position: Int64
    }
}
