import Foundation
import StrataTestSupport
import Testing

/// The served pages beyond the report: the advisor form, a measured subject's chart, and the
/// front page as the log knew it at an earlier moment.
@Suite struct WebAdvisorAndChartTests {
    private static func cookie(_ secret: String) -> [String: String] { ["Cookie": "strata_token=\(secret)"] }

    @Test func theAdvisorFormRanksWhatTheCLIRanks() throws {
        let server = try RunningServer(demo: true)
        let empty = try server.call("GET", "/advisor", token: nil, headers: Self.cookie(server.reader))
        #expect(empty.status == 200 && empty.body.contains("<label for=\"profile-name\">name *</label>"), "\(empty)")
        #expect(empty.body.contains("<legend>accessPatterns *</legend>") && !empty.body.contains("Advice for"))

        let form = "name=checkout&accessPatterns=key-lookup&accessPatterns=relational&readsPerSecond=500&consistency=strong&offline=no"
        let answered = try server.call("POST", "/advisor", token: nil, form: form, headers: Self.cookie(server.reader))
        #expect(answered.status == 200 && answered.body.contains("Advice for checkout") && answered.body.contains("Rules that fired"), "\(answered)")
        #expect(answered.body.contains("value=\"relational\" checked") && answered.body.contains("<option value=\"no\" selected>"), "the form keeps what was filled in")

        let profile = try server.directory.write("checkout.json", #"{"name":"checkout","accessPatterns":["key-lookup","relational"],"readsPerSecond":500,"consistency":"strong","offline":false}"#)
        let cli = try server.strata(["advise", "--workload", profile, "--json"])
        let top = try #require(((try JSONSerialization.jsonObject(with: Data(cli.stdout.utf8)) as? [String: Any])?["recommendations"] as? [[String: Any]])?.first)
        let technology = try #require(top["technology"] as? String)
        let ranked = try #require(answered.body.range(of: "<ol class=\"ranked\"><li><h3>1. "))
        #expect(answered.body[ranked.upperBound...].lowercased().hasPrefix(technology.prefix(4).lowercased()), "the page's first choice is the CLI's \(technology)")

        let invalid = try server.call("POST", "/advisor", token: nil, form: "name=x&accessPatterns=key-lookup&readsPerSecond=lots", headers: Self.cookie(server.reader))
        #expect(invalid.status == 200 && invalid.body.contains("role=\"alert\"") && invalid.body.contains("invalid-profile") && invalid.body.contains("readsPerSecond"), "\(invalid)")
        let forged = try server.call("POST", "/advisor", token: nil, form: form, headers: Self.cookie(server.reader).merging(["Origin": "http://evil.example"]) { $1 })
        #expect(forged.status == 403, "\(forged)")
        let anonymous = try server.call("POST", "/advisor", token: nil, form: form)
        #expect(anonymous.status == 303, "\(anonymous)")
    }

    @Test func aMeasuredWorkloadHasItsChartAndAnEarlierMomentItsPage() throws {
        let server = try RunningServer(demo: true)
        let index = try server.call("GET", "/", token: nil, headers: Self.cookie(server.reader))
        #expect(index.body.contains("href=\"measurements/w-1.html\""), "\(index.body.prefix(2000))")
        let chart = try server.call("GET", "/measurements/w-1.html", token: nil, headers: Self.cookie(server.reader))
        #expect(chart.status == 200 && chart.body.contains("<svg class=\"chart\" role=\"img\""), "\(chart)")
        #expect(chart.body.contains("<desc id=\"w-1-latency-p99-ms-desc\">") && chart.body.contains("class=\"point bottleneck\""))
        #expect(chart.body.contains("<caption>The figures in the chart</caption>") && chart.body.contains("% better"))
        #expect(!chart.body.contains(" style=") && !chart.body.contains("<script>"), "nothing inline for the policy to block")

        let earlier = try server.call("GET", "/?asOf=%405&validAt=2024-01-01", token: nil, headers: Self.cookie(server.reader))
        #expect(earlier.status == 200 && earlier.body.contains("value=\"@5\"") && earlier.body.contains("As of @5 "), "\(earlier.body.prefix(3000))")
        let now = try server.call("GET", "/", token: nil, headers: Self.cookie(server.reader))
        #expect(now.body.contains("id=\"as-of\" name=\"asOf\" value=\"\""))
        let bad = try server.call("GET", "/?asOf=soonish", token: nil, headers: Self.cookie(server.reader))
        #expect(bad.status == 400 && bad.body.contains("soonish"), "\(bad)")
    }
}
