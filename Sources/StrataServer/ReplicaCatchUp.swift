import Hummingbird
import StrataApp

/// Brings a team store's local replica up to the shared log before each request, so a server
/// answers with what others recorded meanwhile; a file store has nothing to catch up.
struct ReplicaCatchUp: RouterMiddleware {
    typealias Context = ServerContext
    let store: StrataStore

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        do {
            try store.catchUp()
        } catch {
            return API.json(APIError.status(of: error), APIError(error, currentVersion: nil))
        }
        return try await next(request, context)
    }
}
