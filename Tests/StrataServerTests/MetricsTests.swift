import Foundation
import Testing

/// `GET /metrics` on the real server: a reader token reads it, and each figure moves with the
/// requests that should move it: requests by route and status, their durations, events
/// appended, the log's head, followers, and failed authentications.
@Suite struct MetricsTests {
    @Test func countersMoveWithRequests() throws {
        let server = try RunningServer()
        let anonymous = try server.call("GET", "/metrics", token: nil)
        #expect(anonymous.status == 401 && anonymous.errorCode == "unauthenticated", "\(anonymous)")
        let first = try server.call("GET", "/metrics", token: server.reader)
        #expect(first.status == 200 && first.headers["content-type"]?.hasPrefix("text/plain; version=0.0.4") == true, "\(first)")
        let before = MetricsScrape(first.body)
        #expect(before.value("strata_events_appended_total") == 0, "\(before)")
        #expect(before.value("strata_auth_failures_total", ["reason": "unauthenticated"]) == 1, "\(before)")

        for _ in 0..<3 { #expect(try server.call("GET", "/v1/architecture", token: server.reader).status == 200) }
        let created = try server.call("POST", "/v1/contexts", token: server.writer, json: #"{"name":"search","idempotencyKey":"\#(UUID())"}"#)
        let appended = try #require((created.object["events"] as? [Any])?.count, "\(created)")
        #expect(created.status == 201 && appended > 0)
        #expect(try server.call("POST", "/v1/contexts", token: server.reader, json: #"{"name":"billing"}"#).status == 403)
        #expect(try server.call("GET", "/v1/architecture", token: "strata_not-a-secret").status == 401)
        // An append by another process moves the head too, though not this server's count.
        try server.strata(["context", "add", "payments", "--actor", "cli"])
        let head = try #require(Double(try server.call("GET", "/v1/events", token: server.reader).headers["strata-position"] ?? ""))

        let architecture = ["http_route": "/v1/architecture", "http_request_method": "GET", "http_response_status_code": "200"]
        let after = try Self.scrape(server) { $0.value("hb_requests", architecture) == 3 }
        #expect(after.value("hb_requests", architecture) == 3, "\(after)")
        #expect(after.value("hb_requests", ["http_route": "/v1/contexts", "http_request_method": "POST", "http_response_status_code": "201"]) == 1, "\(after)")
        #expect(after.value("hb_requests", ["http_route": "/v1/contexts", "http_response_status_code": "403"]) == 1, "\(after)")
        #expect(after.value("http_server_request_duration_count", architecture) == 3, "\(after)")
        #expect(after.value("http_server_request_duration_bucket", architecture.merging(["le": "+Inf"]) { $1 }) == 3, "\(after)")
        #expect(after.value("strata_events_appended_total") == Double(appended), "\(after)")
        #expect(after.value("strata_log_head_position") == head, "\(after)")
        #expect(after.value("strata_auth_failures_total", ["reason": "unauthenticated"]) == 2, "\(after)")
        #expect(after.value("strata_auth_failures_total", ["reason": "forbidden"]) == 1, "\(after)")
        #expect(server.stop() == 0)
    }

    // Synchronous, like the long-poll tests: the followers must be in flight while it scrapes.
    @Test func followersAreCountedWhileTheyWait() throws {
        let server = try RunningServer()
        let head = try #require(Int(try server.call("GET", "/v1/events", token: server.reader).headers["strata-position"] ?? ""))
        let poll = RunningServer.InFlight { try server.call("GET", "/v1/events?after=\(head)&wait=6s", token: server.reader, timeout: 30) }
        let stream = RunningServer.InFlight {
            try server.call("GET", "/v1/events", token: server.reader, headers: ["Accept": "text/event-stream"], timeout: 6)
        }
        let following = try Self.scrape(server) { $0.value("strata_subscribers", ["kind": "long-poll"]) == 1 && $0.value("strata_subscribers", ["kind": "sse"]) == 1 }
        #expect(following.value("strata_subscribers", ["kind": "long-poll"]) == 1, "\(following)")
        #expect(following.value("strata_subscribers", ["kind": "sse"]) == 1, "\(following)")
        #expect(try poll.answer().status == 200)
        _ = try stream.answer()
        let gone = try Self.scrape(server, within: 10) { $0.value("strata_subscribers") == 0 }
        #expect(gone.value("strata_subscribers", ["kind": "long-poll"]) == 0, "\(gone)")
        #expect(gone.value("strata_subscribers", ["kind": "sse"]) == 0, "\(gone)")
        #expect(server.stop() == 0)
    }

    /// Scrapes until `settled` holds or `within` seconds pass: a request's figures are recorded
    /// once its answer is written, a moment after the client may already have it.
    static func scrape(_ server: RunningServer, within seconds: Double = 5, until settled: (MetricsScrape) -> Bool) throws -> MetricsScrape {
        let deadline = Date().addingTimeInterval(seconds)
        while true {
            let answer = try server.call("GET", "/metrics", token: server.reader)
            guard answer.status == 200 else { throw ServerFailure(message: "GET /metrics answered \(answer)") }
            let scrape = MetricsScrape(answer.body)
            if settled(scrape) || Date() > deadline { return scrape }
            Thread.sleep(forTimeInterval: 0.2)
        }
    }
}
