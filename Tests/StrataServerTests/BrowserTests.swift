import Foundation
import StrataTestSupport
import Testing

/// The web UI in a real headless Chromium (Debian's `chromium` and `chromium-driver`), driven by
/// Selenium from the repository's `.venv`: the slider, search, and a review quorum met by two
/// people through the page. Skipped locally without them; a failure in CI, which installs them.
@Suite struct BrowserTests {
    static let root = SchemathesisTests.root
    static let python = root.appendingPathComponent(".venv/bin/python")
    static let script = root.appendingPathComponent("Tests/StrataServerTests/web_ui_check.py")
    static let driver = ["/usr/bin/chromedriver", "/usr/lib/chromium/chromedriver"].first { FileManager.default.isExecutableFile(atPath: $0) }

    @Test func theSliderSearchAndAQuorumOfTwoWorkInABrowser() async throws {
        guard FileManager.default.isExecutableFile(atPath: Self.python.path), let driver = Self.driver else {
            #expect(!SchemathesisTests.inCI, "chromium-driver or .venv is missing; .ci/run installs both")
            return
        }
        let probe = try RunningServer.run(Self.python.path, ["-c", "import selenium"], in: try TemporaryDirectory(prefix: "strata-probe"))
        guard probe.status == 0 else {
            #expect(!SchemathesisTests.inCI, "selenium is not installed in .venv; .ci/run installs it")
            return
        }
        let server = try RunningServer(demo: true)
        let bob = try RunningServer.issue("bob", "writer", store: server.store, in: server.directory)
        let carol = try RunningServer.issue("carol", "writer", store: server.store, in: server.directory)
        #expect(try server.strata(["context", "review-policy", "C-1", "--approvals", "2", "--actor", "alice"]).status == 0)
        let proposed = try server.strata(["propose", "--title", "Partition orders by month", "--context", "C-1", "--actor", "alice", "--json"])
        let adr = try #require((try JSONSerialization.jsonObject(with: Data(proposed.stdout.utf8)) as? [String: Any])?["id"] as? String)
        let early = try StrataBinary.run(["accept", adr, "--actor", "alice", "--store", server.store], in: server.directory.url)
        #expect(early.status == 1 && early.stderr.contains("quorum-not-met"), "\(early)")

        let arguments = [Self.script.path, server.baseURL, driver, adr.lowercased() + ".html", bob, carol]
        let result = try await RunningServer.detached { try RunningServer.run(Self.python.path, arguments, in: server.directory) }
        #expect(result.status == 0, "\(result.stdout)\n\(result.stderr.suffix(3000))")
        #expect(try server.strata(["accept", adr, "--actor", "alice"]).status == 0, "two approvals through the page let it be accepted")
        let history = try server.strata(["history", adr])
        #expect(history.stdout.contains("token:bob") && history.stdout.contains("token:carol"), "\(history)")
        #expect(server.stop() == 0)
    }
}
