import Foundation
import Testing

/// The web UI `strata-server` serves at `/`: signing in with a token kept in a cookie, the live
/// report, search, the review queue and the review form, under a strict policy.
@Suite struct WebPagesTests {
    private static func cookie(_ secret: String) -> [String: String] { ["Cookie": "strata_token=\(secret)"] }

    @Test func aPersonSignsInReadsTheLiveReportSearchesAndReviews() throws {
        let server = try RunningServer()
        let bob = try RunningServer.issue("bob", "writer", store: server.store, in: server.directory)
        #expect(try server.strata(["context", "add", "ledger", "--actor", "alice"]).status == 0)
        #expect(try server.strata(["context", "review-policy", "C-1", "--decider", "bob", "--actor", "alice"]).status == 0)
        #expect(try server.strata(["propose", "--title", "Partition the ledger by month", "--context", "C-1",
                                   "--rationale", "vacuum stays bounded", "--actor", "alice"]).status == 0)

        let anonymous = try server.call("GET", "/", token: nil)
        #expect(anonymous.status == 303 && anonymous.headers["location"] == "/sign-in", "\(anonymous)")
        let refused = try server.call("POST", "/sign-in", token: nil, form: "token=nonsense")
        #expect(refused.status == 401 && refused.body.contains("unknown or revoked"), "\(refused)")
        let signedIn = try server.call("POST", "/sign-in", token: nil, form: "token=\(bob)")
        let setCookie = signedIn.headers["set-cookie"] ?? ""
        #expect(signedIn.status == 303 && setCookie.contains("HttpOnly") && setCookie.contains("SameSite=Strict"), "\(signedIn)")

        let index = try server.call("GET", "/", token: nil, headers: Self.cookie(bob))
        #expect(index.status == 200 && index.body.contains("ADR-1") && index.body.contains("role=\"search\""), "\(index)")
        #expect(index.headers["content-security-policy"]?.contains("frame-ancestors 'none'") == true)
        let policy = index.headers["content-security-policy"] ?? ""
        #expect(policy.contains("connect-src 'self';") && !policy.contains("connect-src 'self' "), "pages talk to their own server only: \(policy)")

        let found = try server.call("GET", "/search?q=bounded+vacuum", token: nil, headers: Self.cookie(bob))
        #expect(found.status == 200 && found.body.contains("<mark>vacuum</mark>") && found.body.contains("decisions/adr-1.html"), "\(found)")
        let changes = try server.call("GET", "/diff?from=%401", token: nil, headers: Self.cookie(bob))
        #expect(changes.status == 200 && changes.body.contains("In between") && changes.body.contains("decisions/adr-1.html"), "\(changes)")
        let badMoment = try server.call("GET", "/diff?from=soonish", token: nil, headers: Self.cookie(bob))
        #expect(badMoment.status == 400 && badMoment.body.contains("soonish"), "\(badMoment)")
        let waiting = try server.call("GET", "/reviews/waiting", token: nil, headers: Self.cookie(bob))
        #expect(waiting.body.contains("ADR-1"), "\(waiting)")
        let page = try server.call("GET", "/decisions/adr-1.html", token: nil, headers: Self.cookie(bob))
        #expect(page.body.contains("Not ready") && page.body.contains("action=\"../decisions/ADR-1/review\""), "\(page)")

        let forged = try server.call("POST", "/decisions/ADR-1/review", token: nil, form: "verdict=approved",
                                     headers: Self.cookie(bob).merging(["Origin": "http://evil.example"]) { $1 })
        #expect(forged.status == 403, "\(forged)")
        let reviewed = try server.call("POST", "/decisions/ADR-1/review", token: nil, form: "verdict=approved&comment=bounded+vacuum",
                                       headers: Self.cookie(bob))
        #expect(reviewed.status == 303 && reviewed.headers["location"] == "/decisions/adr-1.html", "\(reviewed)")
        let after = try server.call("GET", "/decisions/adr-1.html", token: nil, headers: Self.cookie(bob))
        #expect(after.body.contains("Ready to accept") && after.body.contains("token:bob"), "\(after)")
        #expect(try server.strata(["accept", "ADR-1", "--actor", "alice"]).status == 0, "bob's approval through the page meets the policy")

        let reader = try server.call("POST", "/decisions/ADR-1/review", token: nil, form: "verdict=approved", headers: Self.cookie(server.reader))
        #expect(reader.status == 403, "\(reader)")
        let noVerdict = try server.call("POST", "/decisions/ADR-1/review", token: nil, form: "comment=hm", headers: Self.cookie(bob))
        #expect(noVerdict.status == 400, "\(noVerdict)")
        let out = try server.call("POST", "/sign-out", token: nil, headers: Self.cookie(bob))
        #expect(out.status == 303 && out.headers["set-cookie"]?.contains("Max-Age=0") == true, "\(out)")
        #expect(try server.call("GET", "/strata.css", token: nil).status == 200, "assets load on the sign-in page")
    }
}
