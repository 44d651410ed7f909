import Foundation
import Testing

/// Reviews, review policies and full-text search over HTTP: two tokens approve until the
/// quorum lets the proposal be accepted, the queue waits on the right token, search finds it.
@Suite struct ReviewAndSearchTests {
    @Test func twoTokensApproveUntilTheQuorumLetsItBeAccepted() throws {
        let server = try RunningServer()
        let alice = try RunningServer.issue("alice", "writer", store: server.store, in: server.directory)
        let bob = try RunningServer.issue("bob", "writer", store: server.store, in: server.directory)
        let context = try server.call("POST", "/v1/contexts", token: server.writer, json: #"{"name":"ledger"}"#)
        let contextID = try #require(context.object["id"] as? String)
        let policy = try server.call("POST", "/v1/contexts/\(contextID)/review-policy", token: server.writer,
                                     json: #"{"approvals":2,"deciders":["bob"],"reason":"money moves here"}"#)
        #expect(policy.status == 201, "\(policy)")
        let proposed = try server.call("POST", "/v1/decisions", token: server.writer,
                                       json: #"{"decision":{"title":"Partition the ledger by month","context":"\#(contextID)","rationale":"vacuum stays bounded"}}"#)
        let adr = try #require(proposed.object["id"] as? String)

        let own = try server.call("POST", "/v1/decisions/\(adr)/reviews", token: server.writer, json: #"{"verdict":"approved"}"#)
        #expect(own.status == 422 && own.errorCode == "self-review", "\(own)")
        let bad = try server.call("POST", "/v1/decisions/\(adr)/reviews", token: alice, json: #"{"verdict":"maybe"}"#)
        #expect(bad.status == 400, "\(bad)")
        let waiting = try server.call("GET", "/v1/reviews/waiting", token: bob)
        #expect(waiting.status == 200 && waiting.body.contains(adr), "\(waiting)")

        #expect(try server.call("POST", "/v1/decisions/\(adr)/reviews", token: alice, json: #"{"verdict":"approved","comment":"bounded vacuum"}"#).status == 201)
        let early = try server.call("POST", "/v1/decisions/\(adr)/acceptance", token: server.writer, json: "{}")
        #expect(early.status == 422 && early.errorCode == "quorum-not-met", "\(early)")
        #expect(try server.call("POST", "/v1/decisions/\(adr)/reviews", token: bob, json: #"{"verdict":"approved"}"#).status == 201)
        let standing = try server.call("GET", "/v1/decisions/\(adr)/review", token: server.reader)
        #expect(standing.status == 200 && standing.object["quorumMet"] as? Bool == true, "\(standing)")
        #expect(try server.call("POST", "/v1/decisions/\(adr)/acceptance", token: server.writer, json: "{}").status == 201)
        let history = try server.call("GET", "/v1/decisions/\(adr)/history", token: server.reader)
        #expect(history.body.contains("token:alice") && history.body.contains("token:bob"), "\(history)")

        let found = try server.call("GET", "/v1/search?q=vacuum&status=accepted", token: server.reader)
        let hits = found.object["hits"] as? [[String: Any]]
        #expect(found.status == 200 && hits?.first?["id"] as? String == adr, "\(found)")
        let empty = try server.call("GET", "/v1/search?q=%22%22", token: server.reader)
        #expect(empty.status == 400 && empty.errorCode == "invalid-input", "\(empty)")
        #expect(try server.call("GET", "/v1/search", token: server.reader).status == 400)
        #expect(try server.call("POST", "/v1/decisions/\(adr)/reviews", token: server.reader, json: #"{"verdict":"approved"}"#).status == 403)
    }
}
