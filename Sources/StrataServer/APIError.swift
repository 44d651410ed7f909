import Foundation
import HTTPTypes
import StrataApp

/// The one error object every failure answers with:
/// `{"error": {"status", "code", "category", "message", "subject"?, "remedy"?, "currentVersion"?}}`.
///
/// Use case failures carry their ``AppError`` code; the server's own (authentication, routing)
/// use codes of their own in the same shape, so a client matches on `code` alone.
struct APIError: Error, Encodable, Sendable {
    struct Body: Encodable, Sendable {
        var status: Int
        var code: String
        var category: String
        var message: String
        var subject: AppError.Subject?
        var remedy: String?
        /// On a version conflict: the version the subject is at now, to expect next time.
        var currentVersion: Int?
    }

    var error: Body
    var status: HTTPResponse.Status { HTTPResponse.Status(code: error.status) }

    init(_ status: HTTPResponse.Status, code: String, category: String, message: String, remedy: String? = nil) {
        error = Body(status: status.code, code: code, category: category, message: message, remedy: remedy)
    }

    /// A use case's refusal, with the status its category means over HTTP.
    init(_ app: AppError, currentVersion: Int? = nil) {
        error = Body(
            status: Self.status(of: app).code, code: app.code.rawValue, category: app.category.rawValue, message: app.message,
            subject: app.subject, remedy: app.remedy.map(Self.wording), currentVersion: currentVersion)
    }

    static func status(of error: AppError) -> HTTPResponse.Status {
        switch error.category {
        case .input: .badRequest
        case .notFound: .notFound
        case .refused: .unprocessableContent
        case .conflict: .conflict
        case .store: error.code == .busy ? .serviceUnavailable : .internalServerError
        }
    }

    /// A remedy worded for an HTTP client: JSON fields, not flags.
    static func wording(_ remedy: AppError.Remedy) -> String {
        switch remedy {
        case .provide(let field): "give the field '\(field.rawValue)'"
        case .retry: "read the subject again and retry with its current version as expectedVersion"
        default: remedy.neutralText
        }
    }

    static let unauthenticated = APIError(
        .unauthorized, code: "unauthenticated", category: "auth", message: "no valid bearer token",
        remedy: "send 'Authorization: Bearer SECRET' with a token from 'strata token add NAME --role ROLE'")
    static let tooManyFailures = APIError(
        .tooManyRequests, code: "too-many-failures", category: "auth",
        message: "too many failed authentications from this address", remedy: "wait a minute, then retry with a valid token")

    static func forbidden(_ role: TokenRole, needed: TokenRole) -> APIError {
        APIError(
            .forbidden, code: "forbidden", category: "auth", message: "a \(role.rawValue) token may not do this; it needs \(needed.rawValue)",
            remedy: "use a token with the role \(needed.rawValue)")
    }

    static func badBody(_ message: String) -> APIError {
        APIError(.badRequest, code: AppError.Code.invalidInput.rawValue, category: "input", message: message, remedy: "send one JSON object as the body")
    }
}
