import Foundation
import StrataTestSupport
import Testing

/// `/v1/log` and `/v1/events?format=replica`: the protocol a replica of the server's store
/// speaks, driven with curl as another client would.
@Suite struct LogEndpointTests {
    static func append(stream: String, expected: String, id: String, type: String = "note.written", data: String = #"{\"text\":\"hi\"}"#, actor: String = "mallory") -> String {
        """
        {"appends":[{"streamID":"\(stream)","expected":"\(expected)","events":[{"eventID":"\(id)","eventType":"\(type)","schemaVersion":1,"data":"\(data)"}]}],
         "metadata":{"actor":"\(actor)","commandID":"\(UUID().uuidString.lowercased())","toolVersion":"0.1.0"}}
        """
    }

    @Test func appendsAreGuardedIdempotentAndRecordedAsTheToken() throws {
        let server = try RunningServer()
        let id = UUID().uuidString.lowercased()
        let first = try server.call("POST", "/v1/log/append", token: server.writer, json: Self.append(stream: "note-1", expected: "no-stream", id: id))
        #expect(first.status == 201, "\(first)")
        let placed = try #require((first.object["events"] as? [[String: Any]])?.first)
        #expect(placed["streamVersion"] as? Int == 1 && first.object["wasAlreadyStored"] as? Bool == false)

        let replay = try server.call("POST", "/v1/log/append", token: server.writer, json: Self.append(stream: "note-1", expected: "no-stream", id: id))
        #expect(replay.status == 200 && replay.object["wasAlreadyStored"] as? Bool == true, "\(replay)")

        let stale = try server.call("POST", "/v1/log/append", token: server.writer, json: Self.append(stream: "note-1", expected: "0", id: UUID().uuidString.lowercased()))
        #expect(stale.status == 409 && stale.errorCode == "version-conflict", "\(stale)")
        #expect((stale.object["error"] as? [String: Any])?["currentVersion"] as? Int == 1)

        let page = try server.call("GET", "/v1/events?format=replica&after=0", token: server.reader)
        #expect(page.status == 200, "\(page)")
        let events = try #require(page.object["events"] as? [[String: Any]])
        let note = try #require(events.last)
        #expect(note["eventID"] as? String == id && (note["hash"] as? String)?.count == 64 && note["recordedAt"] is Int)
        #expect((note["metadata"] as? String)?.contains(#""actor":"token:writer-1""#) == true, "\(note)")
        #expect(page.object["next"] as? Int == note["position"] as? Int)

        let identity = try server.call("GET", "/v1/log", token: server.reader)
        #expect(identity.status == 200 && identity.object["position"] as? Int == note["position"] as? Int && identity.object["actor"] as? String == "token:reader-1")
        let verified = try server.call("GET", "/v1/log/verify", token: server.reader)
        #expect(verified.status == 200 && verified.object["breakPosition"] == nil && verified.object["headHash"] as? String == note["hash"] as? String)
    }

    @Test func eventsARealClientDidNotDecideAreRefusedAndNothingIsWritten() throws {
        let server = try RunningServer()
        let before = try server.call("GET", "/v1/log", token: server.reader).object["position"] as? Int
        let forged = #"{\"by\":\"someone-else\",\"decisionID\":\"x\"}"#
        let cases: [(String, String?, Int, String)] = [
            // A domain event whose payload is not its shape.
            (Self.append(stream: "decision-1", expected: "any", id: UUID().uuidString.lowercased(), type: "decision.accepted", data: forged), server.writer, 400, "invalid-event"),
            // A domain type outside the domain's streams, and a raw type inside them.
            (Self.append(stream: "note-2", expected: "any", id: UUID().uuidString.lowercased(), type: "context.defined"), server.writer, 400, "invalid-event"),
            (Self.append(stream: "decision-1", expected: "any", id: UUID().uuidString.lowercased()), server.writer, 400, "domain-stream"),
            // Tokens grant access: only an admin's.
            (Self.append(stream: "token-evil", expected: "no-stream", id: UUID().uuidString.lowercased(), type: "token.issued",
                         data: #"{\"name\":\"evil\",\"role\":\"admin\",\"sha256\":\"00\"}"#), server.writer, 422, "not-allowed-here"),
            (#"{"appends":[]}"#, server.writer, 400, "invalid-input"),
            (#"{"appends":[{"streamID":"note-1","expected":"soon","events":[]}],"metadata":{"actor":"a","commandID":"b","toolVersion":"c"}}"#, server.writer, 400, "invalid-input"),
            (Self.append(stream: "note-3", expected: "any", id: UUID().uuidString.lowercased()), server.reader, 403, "forbidden"),
            (Self.append(stream: "note-3", expected: "any", id: UUID().uuidString.lowercased()), nil, 401, "unauthenticated"),
        ]
        for (body, token, status, code) in cases {
            let answer = try server.call("POST", "/v1/log/append", token: token, json: body)
            #expect(answer.status == status && answer.errorCode == code, "\(body): \(answer)")
        }
        #expect(try server.call("GET", "/v1/log", token: server.reader).object["position"] as? Int == before)

        let filtered = try server.call("GET", "/v1/events?format=replica&stream=note-1", token: server.reader)
        #expect(filtered.status == 400 && filtered.errorCode == "invalid-input")
        let unknown = try server.call("GET", "/v1/events?format=xml", token: server.reader)
        #expect(unknown.status == 400 && unknown.errorCode == "invalid-input")
    }

    @Test func aDecisionNamingSomeoneElseAsWhoActedIsRefused() throws {
        let server = try RunningServer(demo: true)
        // The demo's own accepted event, replayed under a new id: its payload names its decider.
        let events = try server.call("GET", "/v1/events?format=replica&after=0&limit=10000", token: server.reader)
        let accepted = try #require((events.object["events"] as? [[String: Any]])?.first { $0["eventType"] as? String == "decision.proposed" })
        let data = try #require(accepted["data"] as? String)
        let escaped = String(data: try JSONSerialization.data(withJSONObject: [data], options: [.fragmentsAllowed]), encoding: .utf8)!
        let body = """
            {"appends":[{"streamID":"\(accepted["streamID"] as! String)","expected":"any","events":[{"eventID":"\(UUID().uuidString.lowercased())","eventType":"decision.proposed","schemaVersion":1,"data":\(escaped.dropFirst().dropLast())}]}],
             "metadata":{"actor":"x","commandID":"\(UUID().uuidString.lowercased())","toolVersion":"0.1.0"}}
            """
        let answer = try server.call("POST", "/v1/log/append", token: server.writer, json: body)
        #expect(answer.status == 422 && answer.errorCode == "not-allowed-here", "\(answer)")
        #expect(answer.body.contains("token:writer-1"))
    }
}
