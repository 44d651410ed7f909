import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif
import Strata
import StrataJSON

/// The HTTP calls a replica of a `strata serve` store makes, with the bearer token, a
/// deadline, and every failure turned into one ``UpstreamWire/Failure`` naming what to do.
struct ServerClient: Sendable {
    /// The server's base URL, without a trailing slash: `https://strata.example/architecture`.
    let base: String
    let token: String
    let session: URLSession

    init(base: String, token: String) {
        self.base = base.hasSuffix("/") ? String(base.dropLast()) : base
        self.token = token
        // Each request sets its own deadline; this bounds the longest (verify) as a whole.
        let configuration = URLSessionConfiguration.ephemeral
        configuration.timeoutIntervalForResource = TimeInterval(Deadline.wholeLog.seconds)
        configuration.httpAdditionalHeaders = ["User-Agent": "strata/\(StrataVersion.current)"]
        session = URLSession(configuration: configuration)
    }

    /// What went wrong with one call, in the wire's terms.
    struct Failed: Error {
        let failure: UpstreamWire.Failure
    }

    /// The error object every Strata server failure answers with.
    struct ErrorObject: Decodable {
        struct Body: Decodable {
            var status: Int
            var code: String
            var message: String
            var subject: Subject?
            var remedy: String?
            var currentVersion: Int?
        }

        struct Subject: Decodable {
            var entity: String?
        }

        var error: Body
    }

    /// Whether `text` is an http(s) URL with a host, the only kind a server is reached at.
    static func isUsable(_ text: String) -> Bool {
        guard let url = URL(string: text), let scheme = url.scheme?.lowercased(), ["http", "https"].contains(scheme),
              let host = url.host, !host.isEmpty else { return false }
        return true
    }

    /// `GET path?query` (or `POST` with `body`), decoded as `T`; `deadline` bounds the call.
    func call<T: Decodable>(
        _ path: String, query: [(String, String)] = [], body: Data? = nil, deadline: Deadline = .request,
        conflict: (ErrorObject.Body) -> UpstreamWire.Failure? = { _ in nil }
    ) async throws -> T {
        guard var components = URLComponents(string: base + path) else {
            throw Failed(failure: Self.upstream("server-url-invalid", "'\(base)' is not a server URL; use https://HOST[:PORT][/PATH]"))
        }
        if !query.isEmpty { components.queryItems = query.map { URLQueryItem(name: $0.0, value: $0.1) } }
        guard let url = components.url else {
            throw Failed(failure: Self.upstream("server-url-invalid", "'\(base)' is not a server URL; use https://HOST[:PORT][/PATH]"))
        }
        var request = URLRequest(url: url, timeoutInterval: TimeInterval(deadline.seconds))
        request.setValue("Bearer \(token)", forHTTPHeaderField: "Authorization")
        request.setValue("application/json", forHTTPHeaderField: "Accept")
        if let body {
            request.httpMethod = "POST"
            request.httpBody = body
            request.setValue("application/json", forHTTPHeaderField: "Content-Type")
        }
        let data: Data
        let response: URLResponse
        do { (data, response) = try await session.data(for: request) } catch {
            throw Failed(failure: transport(error, deadline: deadline))
        }
        let status = (response as? HTTPURLResponse)?.statusCode ?? 0
        if (200..<300).contains(status) {
            do { return try JSONCodec.decoder().decode(T.self, from: data) } catch {
                throw Failed(failure: Self.upstream(
                    "server-protocol", "the server at \(base) sent an answer to \(path) strata cannot read; check that it runs the same release"))
            }
        }
        guard let object = try? JSONCodec.decoder().decode(ErrorObject.self, from: data) else {
            throw Failed(failure: Self.upstream(
                "server-failed", "the server at \(base) answered \(path) with HTTP \(status), not Strata's error object; check the URL and any proxy in front of it"))
        }
        throw Failed(failure: conflict(object.error) ?? failure(of: object.error))
    }

    /// A server's refusal: the log's own kinds keep their case, so the replica retries a lost
    /// race as it would against a team store; anything else keeps the server's code and words.
    private func failure(of body: ErrorObject.Body) -> UpstreamWire.Failure {
        let remedy = body.remedy.map { "; \($0)" } ?? ""
        switch body.code {
        case "idempotency-conflict":
            return UpstreamWire.Failure(kind: "idempotencyConflict", eventID: body.subject?.entity, reason: body.message)
        case "invalid-event":
            return UpstreamWire.Failure(kind: "invalidEvent", reason: body.message)
        case "unauthenticated":
            return Self.upstream("server-unauthenticated", "the server at \(base) refused the token in STRATA_TOKEN (unknown or revoked); set it to a valid token from 'strata token add NAME --role ROLE' run on the server's store")
        case "forbidden":
            return Self.upstream("server-forbidden", "the server at \(base) refused: \(body.message)\(remedy)")
        case "too-many-failures":
            return Self.upstream("server-too-many-failures", "the server at \(base) refused: \(body.message)\(remedy)")
        default:
            return Self.upstream(body.code, "the server at \(base) refused: \(body.message)\(remedy)")
        }
    }

    /// A call that never got an answer: unreachable, timed out, or a TLS handshake refused.
    private func transport(_ error: any Error, deadline: Deadline) -> UpstreamWire.Failure {
        let code = (error as? URLError)?.code
        // libcurl's TLS failures reach Linux's URLSession under assorted codes; its words are stable.
        let words = error.localizedDescription
        if words.contains("SSL") || words.contains("certificate") {
            return Self.upstream("server-tls-failed", "the TLS connection to \(base) failed (\(words)); check that the server speaks https and that its certificate chains to a CA in this machine's trust store")
        }
        switch code {
        case .timedOut?:
            return Self.upstream("server-timed-out", "the server at \(base) did not answer within \(deadline.seconds) s (STRATA_TEAM_TIMEOUT); nothing more was written. Retry")
        case .serverCertificateUntrusted?, .serverCertificateHasBadDate?, .serverCertificateHasUnknownRoot?,
             .serverCertificateNotYetValid?, .secureConnectionFailed?, .clientCertificateRejected?:
            return Self.upstream("server-tls-failed", "the TLS connection to \(base) failed (\(error.localizedDescription)); check the certificate, or that the server speaks https")
        default:
            return Self.upstream("server-unreachable", "cannot reach the server at \(base) (\(error.localizedDescription)); check the URL and that strata serve runs there, then retry")
        }
    }

    static func upstream(_ code: String, _ message: String) -> UpstreamWire.Failure {
        UpstreamWire.Failure(kind: "upstream", code: code, message: message)
    }
}
