import Hummingbird
import NIOCore
import Prometheus
import StrataApp

/// `GET /metrics`: every figure in the Prometheus text format, for a reader token.
///
/// Why a token rather than "open on loopback": behind the TLS-terminating proxy the README
/// recommends, every request arrives from 127.0.0.1, so the peer address proves nothing, and
/// route counts and failed-authentication figures tell an outsider what is being probed. A
/// reader token is the least a scraper can hold (it cannot write or manage tokens), and
/// Prometheus sends one with `authorization: { credentials_file: … }`. Failures count toward
/// the address's failed-authentication limit like any other call.
struct MetricsEndpoint: Sendable {
    let registry: PrometheusCollectorRegistry
    let store: StrataStore
    let api: API

    /// The Prometheus text exposition format, version 0.0.4.
    static let contentType = "text/plain; version=0.0.4; charset=utf-8"

    func register(on router: Router<ServerContext>) {
        router.get("/metrics") { request, context in await answer(request, context) }
    }

    private func answer(_ request: Request, _ context: ServerContext) async -> Response {
        do {
            _ = try await api.authenticate(request, context, needing: .reader)
        } catch let error as APIError {
            return API.json(error.status, error)
        } catch let error as AppError {
            return API.json(APIError.status(of: error), APIError(error))
        } catch {
            return API.json(.internalServerError, APIError(.internalServerError, code: "metrics-failed", category: "store", message: "\(error)"))
        }
        // The head may have moved through another process since the last write here.
        if let head = try? store.headPosition() { ServerMetrics.headPosition.record(head) }
        var headers = HTTPFields()
        headers[.contentType] = Self.contentType
        return Response(status: .ok, headers: headers, body: ResponseBody(byteBuffer: ByteBuffer(bytes: registry.emitToBuffer())))
    }
}
