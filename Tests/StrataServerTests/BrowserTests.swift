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

    /// A log longer than the front page's window is drawn a window at a time, every decision
    /// reachable through "show more", and the text filter searches the whole log.
    @Test func aLongLogIsDrawnAWindowAtATime() async throws {
        guard FileManager.default.isExecutableFile(atPath: Self.python.path), let driver = Self.driver else {
            #expect(!SchemathesisTests.inCI, "chromium-driver or .venv is missing; .ci/run installs both")
            return
        }
        let server = try RunningServer(demo: true)
        let records = server.directory.url.appendingPathComponent("adr")
        try FileManager.default.createDirectory(at: records, withIntermediateDirectories: true)
        for number in 1...230 {
            let text = "# \(number). Record \(number)\n\nDate: 2024-02-\(String(format: "%02d", number % 28 + 1))\n\n## Status\n\nAccepted\n\n## Context\n\nWhy.\n\n## Decision\n\nWe do \(number).\n"
            try text.write(to: records.appendingPathComponent(String(format: "%04d-record-%d.md", number, number)), atomically: true, encoding: .utf8)
        }
        #expect(try server.strata(["import", "adr-tools", records.path]).status == 0)
        let log = try server.strata(["log", "--json"])
        let decisions = (try JSONSerialization.jsonObject(with: Data(log.stdout.utf8)) as? [String: Any])?["decisions"] as? [[String: Any]] ?? []
        let reader = try RunningServer.issue("dana", "reader", store: server.store, in: server.directory)
        let arguments = [Self.root.appendingPathComponent("Tests/StrataServerTests/web_log_window_check.py").path, server.baseURL, driver, reader]
        let result = try await RunningServer.detached { try RunningServer.run(Self.python.path, arguments, in: server.directory) }
        #expect(result.status == 0, "\(result.stdout)\n\(result.stderr.suffix(3000))")
        let line = try #require(result.stdout.split(separator: "\n").last, "the browser check printed nothing")
        let seen = try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
        #expect(decisions.count > 230)
        #expect(seen["first"] as? Int == 100 && seen["moreShown"] as? Bool == true, "\(seen)")
        #expect(seen["firstCount"] as? String == "\(decisions.count) of \(decisions.count)", "\(seen)")
        #expect(seen["ids"] as? [String] == decisions.compactMap { $0["id"] as? String }, "every decision, in the log's order")
        let filtered = seen["filtered"] as? [String] ?? []
        let expected = decisions.compactMap { $0["title"] as? String }.filter { $0.lowercased().contains("record 12") }
        #expect(filtered == expected && expected.count == 11, "Record 12 and 120 to 129: \(filtered)")
        #expect(seen["filteredCount"] as? String == "\(expected.count) of \(decisions.count)")
        #expect(seen["clearedRows"] as? Int == 100, "clearing the filter starts from the first window again")
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
