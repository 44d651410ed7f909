import Foundation
import StrataApp

/// Token management over HTTP, for admin tokens only; the actor is the admin token's identity.
enum TokenEndpoints {
    static let role = UseCaseArgument("role", .init(noun: "a role", description: "reader, writer or admin.", shape: .choice(TokenRole.allCases.map(\.rawValue))), required: true)

    static let all: [Endpoint] = [
        Endpoint(.get, "/v1/tokens", .admin, "Every token issued, revoked ones marked") { call throws(AppError) in
            TokenList(tokens: try call.store.tokens())
        },
        Endpoint(.post, "/v1/tokens", .admin, "Issue a token; its secret is in this answer only", arguments: [
            UseCaseArgument("name", .text, required: true), role,
        ]) { call throws(AppError) in
            try call.store.issueToken(name: try call.arguments.required("name"), role: try TokenRole.parse(try call.arguments.required("role")), actor: call.token.actor)
        },
        Endpoint(.delete, "/v1/tokens/:id", .admin, "Revoke a token", arguments: [UseCaseArgument("id", .text, required: true)]) { call throws(AppError) in
            try call.store.revokeToken(name: try call.arguments.required("id"), actor: call.token.actor)
        },
    ]
}

/// The token list as an object, like every other answer, so fields can join it later.
struct TokenList: Encodable, Sendable {
    var tokens: [APIToken]
}
