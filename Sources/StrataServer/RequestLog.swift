import Foundation
import Hummingbird
import Logging

/// One structured log line per request, after it is answered: method, path, status, duration
/// and client, as metadata a log shipper can index (the secret never appears in it).
struct RequestLog: RouterMiddleware {
    typealias Context = ServerContext

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        let start = ContinuousClock.now
        var status = 500
        defer {
            let elapsed = ContinuousClock.now - start
            let milliseconds = Double(elapsed.components.seconds) * 1000 + Double(elapsed.components.attoseconds) / 1e15
            context.logger.info("request", metadata: [
                "method": .string(request.method.rawValue), "path": .string(request.uri.path), "status": .stringConvertible(status),
                "ms": .string(String(format: "%.1f", milliseconds)), "client": .string(context.clientKey),
            ])
        }
        let response = try await next(request, context)
        status = response.status.code
        return response
    }
}
