import Foundation
import HTTPTypes
import StrataApp

/// One HTTP endpoint: its method and path, the role it needs, the arguments it takes (query
/// parameters for reads, the JSON body's fields for writes, path parameters for both) and the
/// use case it runs. The arguments are checked by the application layer's ``UseCaseArguments``,
/// the same checks the MCP face's tools get.
struct Endpoint: Sendable {
    enum Kind: Sendable {
        /// Answers at a moment (`asOf`, `validAt`), versioned by log position, cacheable by `ETag`.
        case read
        /// Records a change: takes `idempotencyKey`, `effective` and (where declared) `expectedVersion`.
        case write
        /// Manages tokens: admin only, outside the domain's log positions.
        case admin
    }

    let method: HTTPRequest.Method
    /// Hummingbird's pattern, e.g. `/v1/decisions/:id`.
    let path: String
    let kind: Kind
    let summary: String
    let arguments: [UseCaseArgument]
    let run: @Sendable (EndpointCall) throws(AppError) -> any Encodable & Sendable

    init(
        _ method: HTTPRequest.Method, _ path: String, _ kind: Kind, _ summary: String, arguments: [UseCaseArgument] = [],
        run: @escaping @Sendable (EndpointCall) throws(AppError) -> any Encodable & Sendable
    ) {
        self.method = method
        self.path = path
        self.kind = kind
        self.summary = summary
        self.arguments = kind == .write ? arguments + Self.writeArguments : arguments
        self.run = run
    }

    /// The role a token needs to call it.
    var role: TokenRole {
        switch kind {
        case .read: .reader
        case .write: .writer
        case .admin: .admin
        }
    }

    /// The path parameters the pattern names (`:id`).
    var pathParameters: [String] {
        path.split(separator: "/").filter { $0.hasPrefix(":") }.map { String($0.dropFirst()) }
    }

    private static let writeArguments = [UseCaseArgument("effective", .effective), UseCaseArgument("idempotencyKey", .idempotencyKey)]
}

/// One call of an endpoint: its checked arguments, the store and the token calling.
struct EndpointCall: Sendable {
    let arguments: UseCaseArguments
    let store: StrataStore
    let token: APIToken

    func moment() throws(AppError) -> Moment { try arguments.moment(in: store) }

    /// The recording of a write: its actor is always the token's identity, whatever the body says.
    func recording() throws(AppError) -> Recording { try arguments.recording(actor: token.actor) }
}
