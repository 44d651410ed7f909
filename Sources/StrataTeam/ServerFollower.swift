import Foundation
import Strata
import StrataJSON

/// Answers a replica's ``UpstreamWire`` requests from a `strata serve` server over its HTTP
/// API, so `strata --store https://…` works as it does on a team store: the replica decides,
/// the server's log orders, and the replica copies what the server recorded, link by link.
///
/// `strata` itself links no HTTP client: this process holds the connection, as it holds a team
/// store's. The token comes from `STRATA_TOKEN`; every write is recorded as its identity.
struct ServerFollower {
    let client: ServerClient

    /// The page of `GET /v1/events?format=replica`.
    private struct Page: Decodable {
        var events: [UpstreamWire.Recorded]
        var next: Int64
    }

    /// What `GET /v1/log` answers.
    private struct Identity: Decodable {
        var storeID: String
        var position: Int64
        var actor: String?
    }

    private struct AppendBody: Encodable {
        var appends: [UpstreamWire.Append]
        var metadata: EventMetadata
    }

    /// Serves until end of input; the first request (hello) learns whether the server answers.
    func run() async -> Int32 {
        while let request = WireLine.nextRequest() {
            let response = await answer(request)
            WireLine.send(response)
            // A server that refused hello will refuse everything after it: say so once, and go.
            if request.op == "hello", response.error != nil { return 1 }
        }
        return 0
    }

    private func answer(_ request: UpstreamWire.Request) async -> UpstreamWire.Response {
        do {
            switch request.op {
            case "hello":
                let identity: Identity = try await client.call("/v1/log")
                return UpstreamWire.Response(storeID: identity.storeID, name: name, actor: identity.actor)
            case "events":
                let page: Page = try await client.call("/v1/events", query: [
                    ("format", "replica"), ("after", String(max(0, request.after ?? 0))), ("limit", String(min(max(1, request.limit ?? 1_000), 10_000))),
                ])
                return UpstreamWire.Response(events: page.events)
            case "append":
                guard let appends = request.appends, let metadata = request.metadata else { return WireLine.malformed("append") }
                let body = try JSONCodec.encode(AppendBody(appends: appends, metadata: metadata))
                let result: UpstreamWire.Result = try await client.call("/v1/log/append", body: body) { refusal in
                    Self.conflict(refusal, in: appends)
                }
                return UpstreamWire.Response(result: result)
            case "verify":
                let verification: UpstreamWire.Verification = try await client.call(
                    "/v1/log/verify", query: request.anchor.map { [("anchor", $0)] } ?? [], deadline: .wholeLog)
                return UpstreamWire.Response(verification: verification)
            case "push":
                return UpstreamWire.Response(error: ServerClient.upstream(
                    "server-push-unsupported", "push moves a file store into an empty PostgreSQL team store; a server takes writes through its API"))
            default:
                return WireLine.malformed(request.op)
            }
        } catch let failed as ServerClient.Failed {
            return UpstreamWire.Response(error: failed.failure)
        } catch {
            return UpstreamWire.Response(error: ServerClient.upstream("server-failed", "the request to \(client.base) failed: \(error)"))
        }
    }

    /// A stream moved on since the replica decided: the log's own refusal, with the version the
    /// replica expected, so its command catches up and decides again.
    private static func conflict(_ refusal: ServerClient.ErrorObject.Body, in appends: [UpstreamWire.Append]) -> UpstreamWire.Failure? {
        guard refusal.code == "version-conflict", let stream = refusal.subject?.entity else { return nil }
        let expected = appends.first { $0.streamID == stream }?.expected ?? "any"
        return UpstreamWire.Failure(kind: "wrongExpectedVersion", stream: stream, expected: expected, actual: refusal.currentVersion ?? 0)
    }

    /// `host-port-path`: names the replica file after the server, never after the token.
    private var name: String {
        guard let url = URL(string: client.base), let host = url.host else { return "server" }
        let port = url.port.map(String.init) ?? (url.scheme == "https" ? "443" : "80")
        return ([host, port] + url.path.split(separator: "/").map(String.init)).joined(separator: "-")
    }

}
