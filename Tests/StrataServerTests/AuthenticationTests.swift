import Foundation
import Testing

/// Bearer tokens over HTTP: none or unknown is 401, the wrong role 403, a revoked token 401 at
/// once, an address that keeps failing 429; writes are recorded as the token, never as a name
/// the client sends.
@Suite struct AuthenticationTests {
    @Test func noOrUnknownTokenIsUnauthenticated() throws {
        let server = try RunningServer()
        let none = try server.call("GET", "/v1/architecture", token: nil)
        #expect(none.status == 401 && none.errorCode == "unauthenticated", "\(none)")
        let unknown = try server.call("GET", "/v1/architecture", token: "strata_not-a-token")
        #expect(unknown.status == 401 && unknown.errorCode == "unauthenticated", "\(unknown)")
        #expect(try server.call("GET", "/v1/architecture", token: server.reader).status == 200)
    }

    @Test func readersCannotWriteAndOnlyAdminsManageTokens() throws {
        let server = try RunningServer()
        let write = try server.call("POST", "/v1/contexts", token: server.reader, json: #"{"name":"checkout"}"#)
        #expect(write.status == 403 && write.errorCode == "forbidden", "\(write)")
        #expect(try server.call("GET", "/v1/contexts", token: server.reader).body.contains("checkout") == false)
        let list = try server.call("GET", "/v1/tokens", token: server.writer)
        #expect(list.status == 403 && list.errorCode == "forbidden", "\(list)")
        let issue = try server.call("POST", "/v1/tokens", token: server.writer, json: #"{"name":"sneaky","role":"admin"}"#)
        #expect(issue.status == 403, "\(issue)")
        #expect(try server.call("GET", "/v1/tokens", token: server.admin).status == 200)
    }

    @Test func aRevokedTokenIsRefusedAtOnce() throws {
        let server = try RunningServer()
        let issued = try server.call("POST", "/v1/tokens", token: server.admin, json: #"{"name":"ci","role":"writer"}"#)
        #expect(issued.status == 201, "\(issued)")
        let secret = try #require(issued.object["secret"] as? String)
        #expect(try server.call("GET", "/v1/audit", token: secret).status == 200)
        let revoked = try server.call("DELETE", "/v1/tokens/ci", token: server.admin)
        #expect(revoked.status == 200 && revoked.body.contains("\"revokedBy\":\"token:admin-1\""), "\(revoked)")
        let after = try server.call("GET", "/v1/audit", token: secret)
        #expect(after.status == 401 && after.errorCode == "unauthenticated", "\(after)")
        let again = try server.call("DELETE", "/v1/tokens/ci", token: server.admin)
        #expect(again.status == 422 && again.errorCode == "retired", "\(again)")
        // The CLI revokes too, and the server sees it without a restart.
        try server.strata(["token", "revoke", "writer-1"])
        #expect(try server.call("GET", "/v1/audit", token: server.writer).status == 401)
    }

    @Test func theActorOfAWriteIsTheTokenNeverTheClientsWord() throws {
        let server = try RunningServer()
        let claimed = try server.call("POST", "/v1/contexts", token: server.writer, json: #"{"name":"checkout","actor":"alice"}"#)
        #expect(claimed.status == 400 && claimed.errorCode == "invalid-input", "\(claimed)")
        let defined = try server.call("POST", "/v1/contexts", token: server.writer, json: #"{"name":"checkout"}"#)
        #expect(defined.status == 201, "\(defined)")
        let events = try server.call("GET", "/v1/events?type=context.defined", token: server.reader)
        #expect(events.body.contains(#"\"actor\":\"token:writer-1\""#) || events.body.contains(#""actor":"token:writer-1""#), "\(events)")
    }

    @Test func anAddressThatKeepsFailingIsShutOut() throws {
        let server = try RunningServer()
        for _ in 0..<10 { #expect(try server.call("GET", "/v1/audit", token: "strata_guess").status == 401) }
        let blocked = try server.call("GET", "/v1/audit", token: server.reader)
        #expect(blocked.status == 429 && blocked.errorCode == "too-many-failures", "\(blocked)")
    }
}
