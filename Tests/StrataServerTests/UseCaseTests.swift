import Foundation
import Testing

/// Every use case over HTTP, with each class of answer: 200/201 and a replay, 304 on an
/// unchanged read, 400 bad input, 404 unknown id, 409 stale version, 422 domain refusal.
@Suite struct UseCaseTests {
    static let profile = #"{"name":"search-suggestions","accessPatterns":["full-text","key-lookup"],"structure":"evolving","consistency":"eventual","readsPerSecond":800,"dataSizeGB":5}"#

    @Test func everyRecordAndReadUseCase() throws {
        let server = try RunningServer()
        let w = server.writer
        let key = UUID().uuidString
        let context = try server.call("POST", "/v1/contexts", token: w, json: #"{"name":"search","description":"Product search","idempotencyKey":"\#(key)"}"#)
        #expect(context.status == 201, "\(context)")
        let replay = try server.call("POST", "/v1/contexts", token: w, json: #"{"name":"search","description":"Product search"}"#, headers: ["Idempotency-Key": key])
        #expect(replay.status == 200 && replay.object["replayed"] as? Bool == true && replay.object["id"] as? String == context.object["id"] as? String, "\(replay)")
        let contextID = try #require(context.object["id"] as? String)
        #expect(try server.call("POST", "/v1/contexts/\(contextID)/description", token: w, json: #"{"description":"Search and suggestions"}"#).status == 201)

        let workload = try server.call("POST", "/v1/workloads", token: w, json: #"{"profile":\#(Self.profile),"context":"\#(contextID)"}"#)
        #expect(workload.status == 201, "\(workload)")
        let workloadID = try #require(workload.object["id"] as? String)
        let version = try #require(workload.object["version"] as? Int)
        let stale = try server.call("POST", "/v1/workloads/\(workloadID)/revisions", token: w, json: #"{"profile":\#(Self.profile),"reason":"again","expectedVersion":\#(version + 5)}"#)
        let staleError = stale.object["error"] as? [String: Any]
        #expect(stale.status == 409 && stale.errorCode == "version-conflict" && staleError?["currentVersion"] as? Int == version, "\(stale)")
        let revised = Self.profile.replacingOccurrences(of: "800", with: "1200")
        #expect(try server.call("POST", "/v1/workloads/\(workloadID)/revisions", token: w, json: #"{"profile":\#(revised),"reason":"traffic grew","expectedVersion":\#(version)}"#).status == 201)

        let measured = try server.call("POST", "/v1/measurements", token: w, json: #"{"subject":"\#(workloadID)","metric":"latency-p99-ms","value":420,"source":"load-test","target":100}"#)
        #expect(measured.status == 201, "\(measured)")
        let measurementID = try #require(measured.object["id"] as? String)
        #expect(try server.call("GET", "/v1/measurements/\(measurementID)", token: server.reader).status == 200)
        #expect(try server.call("POST", "/v1/measurements/\(measurementID)/retraction", token: w, json: #"{"reason":"ran against staging"}"#).status == 201)
        #expect(try server.call("POST", "/v1/workloads/\(workloadID)/advice", token: w, json: "{}").status == 201)

        let decision = #"{"title":"Serve suggestions from OpenSearch","context":"\#(contextID)","rationale":"a search engine ranks first"}"#
        let proposed = try server.call("POST", "/v1/decisions", token: w, json: #"{"decision":\#(decision)}"#)
        #expect(proposed.status == 201, "\(proposed)")
        let adr = try #require(proposed.object["id"] as? String)
        let amended = decision.replacingOccurrences(of: "}", with: #","problem":"fuzzy matching"}"#)
        #expect(try server.call("POST", "/v1/decisions/\(adr)/amendments", token: w, json: #"{"decision":\#(amended),"reason":"state the problem"}"#).status == 201)
        let second = try server.call("POST", "/v1/decisions", token: w, json: #"{"decision":{"title":"Cache suggestions in Redis"}}"#)
        let other = try #require(second.object["id"] as? String)
        #expect(try server.call("POST", "/v1/decisions/\(other)/links", token: w, json: #"{"type":"relates-to","to":"\#(adr)"}"#).status == 201)
        #expect(try server.call("POST", "/v1/decisions/\(adr)/acceptance", token: w, json: #"{"reason":"agreed"}"#).status == 201)
        #expect(try server.call("POST", "/v1/decisions/\(other)/rejection", token: w, json: #"{"reason":"not needed"}"#).status == 201)
        let third = try #require(try server.call("POST", "/v1/decisions", token: w, json: #"{"decision":{"title":"Move suggestions to Elasticsearch"}}"#).object["id"] as? String)
        #expect(try server.call("POST", "/v1/decisions/\(third)/acceptance", token: w, json: "{}").status == 201)
        let superseded = try server.call("POST", "/v1/decisions/\(adr)/supersession", token: w, json: #"{"by":["\#(third)"],"reason":"licence"}"#)
        #expect(superseded.status == 201, "\(superseded)")
        #expect(try server.call("POST", "/v1/decisions/\(third)/deprecation", token: w, json: #"{"reason":"search moved out"}"#).status == 201)
        #expect(try server.call("POST", "/v1/workloads/\(workloadID)/retirement", token: w, json: #"{"reason":"merged"}"#).status == 201)

        let r = server.reader
        for path in ["/v1/overview", "/v1/architecture?includeRetired=true", "/v1/decisions", "/v1/decisions?status=accepted", "/v1/decisions/\(adr)",
                     "/v1/decisions/\(adr)/history", "/v1/audit", "/v1/review", "/v1/measurements", "/v1/timeline?subject=\(workloadID)",
                     "/v1/contexts", "/v1/contexts/\(contextID)", "/v1/workloads?status=retired", "/v1/workloads/\(workloadID)",
                     "/v1/stores", "/v1/events?limit=3"] {
            let answer = try server.call("GET", path, token: r)
            #expect(answer.status == 200 && answer.headers["strata-position"] != nil, "\(path): \(answer)")
        }
        let advice = try server.call("POST", "/v1/advise", token: r, json: #"{"profile":\#(Self.profile)}"#)
        #expect(advice.status == 200 && (advice.object["recommendations"] as? [Any])?.isEmpty == false, "\(advice)")
        let check = try server.call("POST", "/v1/profile-check", token: r, json: #"{"profile":{"name":"x","readsPerSecond":"lots"}}"#)
        #expect(check.status == 200 && check.object["valid"] as? Bool == false, "\(check)")
        let diff = try server.call("GET", "/v1/diff?from=@1", token: r)
        #expect(diff.status == 200 && diff.body.contains("ADR-"), "\(diff)")
        #expect(try server.call("POST", "/v1/contexts/\(contextID)/retirement", token: w, json: "{}").status == 201)
    }

    @Test func readsAreVersionedByPositionAndTravelInTime() throws {
        let server = try RunningServer()
        #expect(try server.call("POST", "/v1/contexts", token: server.writer, json: #"{"name":"billing"}"#).status == 201)
        let first = try server.call("GET", "/v1/contexts", token: server.reader)
        let tag = try #require(first.headers["etag"])
        let unchanged = try server.call("GET", "/v1/contexts", token: server.reader, headers: ["If-None-Match": tag])
        #expect(unchanged.status == 304 && unchanged.body.isEmpty, "\(unchanged)")
        let position = try #require(first.headers["strata-position"])
        #expect(try server.call("POST", "/v1/contexts", token: server.writer, json: #"{"name":"ledger"}"#).status == 201)
        let changed = try server.call("GET", "/v1/contexts", token: server.reader, headers: ["If-None-Match": tag])
        #expect(changed.status == 200 && changed.body.contains("ledger"), "\(changed)")
        let past = try server.call("GET", "/v1/contexts?asOf=@\(position)", token: server.reader, headers: ["If-None-Match": tag])
        #expect(past.status == 304, "\(past)")
        let pastBody = try server.call("GET", "/v1/contexts?asOf=@\(position)", token: server.reader)
        #expect(pastBody.status == 200 && pastBody.body.contains("billing") && !pastBody.body.contains("ledger"), "\(pastBody)")
    }

    @Test func eachErrorClassHasItsStatusAndTheOneErrorObject() throws {
        let server = try RunningServer()
        let w = server.writer
        let badMoment = try server.call("GET", "/v1/architecture?asOf=yesterday-ish", token: server.reader)
        #expect(badMoment.status == 400 && badMoment.errorCode == "invalid-moment", "\(badMoment)")
        let unknownArgument = try server.call("GET", "/v1/audit?asof=2024-01-01", token: server.reader)
        #expect(unknownArgument.status == 400 && unknownArgument.errorCode == "invalid-input", "\(unknownArgument)")
        let notJSON = try server.call("POST", "/v1/contexts", token: w, json: "{name:")
        #expect(notJSON.status == 400 && notJSON.errorCode == "invalid-input", "\(notJSON)")
        let missing = try server.call("POST", "/v1/contexts", token: w, json: "{}")
        let subject = (missing.object["error"] as? [String: Any])?["subject"] as? [String: Any]
        #expect(missing.status == 400 && subject?["field"] as? String == "name", "\(missing)")
        let unknown = try server.call("GET", "/v1/decisions/ADR-99", token: server.reader)
        #expect(unknown.status == 404 && unknown.errorCode == "not-found", "\(unknown)")
        #expect(try server.call("GET", "/v1/nothing-here", token: server.reader).status == 404)
        let proposed = try server.call("POST", "/v1/decisions", token: w, json: #"{"decision":{"title":"Use PostgreSQL"}}"#)
        let adr = try #require(proposed.object["id"] as? String)
        let noReason = try server.call("POST", "/v1/decisions/\(adr)/rejection", token: w, json: #"{"reason":""}"#)
        #expect(noReason.status == 422 && noReason.errorCode == "reason-required", "\(noReason)")
        #expect(try server.call("POST", "/v1/decisions/\(adr)/acceptance", token: w, json: "{}").status == 201)
        let twice = try server.call("POST", "/v1/decisions/\(adr)/acceptance", token: w, json: "{}")
        let error = try #require(twice.object["error"] as? [String: Any])
        #expect(twice.status == 422 && error["category"] as? String == "refused" && error["message"] is String && error["status"] as? Int == 422, "\(twice)")
        #expect(twice.headers["content-type"] == "application/json")
    }

    @Test func healthAndReadiness() throws {
        let server = try RunningServer()
        #expect(try server.call("GET", "/healthz", token: nil).status == 200)
        let ready = try server.call("GET", "/readyz", token: nil)
        #expect(ready.status == 200 && ready.object["status"] as? String == "ready", "\(ready)")
    }
}
