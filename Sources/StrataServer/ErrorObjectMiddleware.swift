import Hummingbird

/// Renders what the router itself refuses (no such path, a method the path lacks, a body too
/// large) as the one error object, so clients never see a second error shape.
struct ErrorObjectMiddleware: RouterMiddleware {
    typealias Context = ServerContext

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        do {
            return try await next(request, context)
        } catch let error as HTTPError {
            let status = error.status
            let code = status == .notFound ? "no-such-endpoint" : "http-\(status.code)"
            let message = status == .notFound ? "no endpoint \(request.method.rawValue) \(request.uri.path)" : (error.body ?? status.reasonPhrase)
            return API.json(status, APIError(status, code: code, category: status == .notFound ? "notFound" : "input", message: message, remedy: "see /openapi.json"))
        }
    }
}
