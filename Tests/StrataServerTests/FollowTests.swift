import Foundation
import Testing

/// Following the log: a long poll answers as soon as an event lands, and a server-sent events
/// subscriber that reconnects with `Last-Event-ID` gets every event after it, none twice.
@Suite struct FollowTests {
    // Synchronous on purpose: once started it keeps its thread, so a busy test pool cannot hold
    // it asleep past the poll it is waiting on.
    @Test func aLongPollAnswersWhenAnEventLands() throws {
        let server = try RunningServer()
        let head = try #require(Int(try server.call("GET", "/v1/events", token: server.reader).headers["strata-position"] ?? ""))
        let empty = try server.call("GET", "/v1/events?after=\(head)&wait=200ms", token: server.reader)
        #expect(empty.status == 200 && empty.object["events"] as? [Any] != nil && (empty.object["events"] as? [Any])?.isEmpty == true, "\(empty)")
        let waiting = RunningServer.InFlight { try server.call("GET", "/v1/events?after=\(head)&wait=20s", token: server.reader, timeout: 40) }
        Thread.sleep(forTimeInterval: 0.5)
        try server.strata(["context", "add", "payments", "--actor", "cli"])
        let answer = try waiting.answer()
        let events = try #require(answer.object["events"] as? [[String: Any]], "\(answer)")
        #expect(events.contains { $0["event_type"] as? String == "context.defined" }, "\(answer)")
        #expect(answer.object["next"] as? Int ?? 0 > head)
    }

    @Test func serverSentEventsResumeFromTheLastEventID() throws {
        let server = try RunningServer()
        for name in ["a", "b", "c"] { try server.strata(["context", "add", name, "--actor", "cli"]) }
        let first = try server.call("GET", "/v1/events", token: server.reader, headers: ["Accept": "text/event-stream"], timeout: 2)
        let ids = Self.ids(first.body)
        #expect(first.headers["content-type"] == "text/event-stream" && !ids.isEmpty, "\(first)")
        // The subscriber drops after the first event it saw, then reconnects from there.
        let seen = try #require(ids.first)
        for name in ["d", "e"] { try server.strata(["context", "add", name, "--actor", "cli"]) }
        let resumed = try server.call("GET", "/v1/events", token: server.reader, headers: ["Accept": "text/event-stream", "Last-Event-ID": String(seen)], timeout: 2)
        let all = try server.call("GET", "/v1/events?limit=1000", token: server.reader)
        let positions = (all.object["events"] as? [[String: Any]] ?? []).compactMap { $0["position"] as? Int }
        #expect(Self.ids(resumed.body) == positions.filter { $0 > seen }, "\(resumed.body)")
    }

    /// The `id:` lines of an event stream.
    static func ids(_ stream: String) -> [Int] {
        stream.split(separator: "\n").filter { $0.hasPrefix("id: ") }.compactMap { Int($0.dropFirst(4)) }
    }
}
