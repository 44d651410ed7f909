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
        try Self.expectTheSliderShowedWhatTheLogSays(result.stdout, server: server)
        #expect(try server.strata(["accept", adr, "--actor", "alice"]).status == 0, "two approvals through the page let it be accepted")
        let history = try server.strata(["history", adr])
        #expect(history.stdout.contains("token:bob") && history.stdout.contains("token:carol"), "\(history)")
        #expect(server.stop() == 0)
    }

    /// The stores drawn and the statuses listed after the slider's steps are those the CLI gives
    /// for that valid time: the page moves as the log says, not only differently.
    static func expectTheSliderShowedWhatTheLogSays(_ output: String, server: RunningServer) throws {
        let line = try #require(output.split(separator: "\n").last, "the browser check printed nothing")
        let seen = try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
        let slider = try #require(seen["slider"] as? [String: Any])
        let moment = try #require(slider["stepped"] as? String)
        let arch = try server.strata(["arch", "--valid-at", moment, "--json"])
        let design = try #require(try JSONSerialization.jsonObject(with: Data(arch.stdout.utf8)) as? [String: Any])
        let contexts = design["contexts"] as? [[String: Any]] ?? []
        let stores = contexts.flatMap { ($0["stores"] as? [[String: Any]] ?? []).compactMap { $0["id"] as? String } }.sorted()
        #expect(slider["steppedStoreIDs"] as? [String] == stores, "drawn at \(moment): \(slider["steppedStoreIDs"] ?? "nothing"); the log says \(stores)")
        let log = try server.strata(["log", "--valid-at", moment, "--json"])
        let decisions = (try JSONSerialization.jsonObject(with: Data(log.stdout.utf8)) as? [String: Any])?["decisions"] as? [[String: Any]] ?? []
        let statuses = Dictionary(uniqueKeysWithValues: decisions.compactMap { entry in
            (entry["id"] as? String).map { ($0, entry["status"] as? String ?? "") }
        })
        #expect(slider["steppedStatuses"] as? [String: String] == statuses, "listed at \(moment): \(slider["steppedStatuses"] ?? "nothing"); the log says \(statuses)")
    }
}
