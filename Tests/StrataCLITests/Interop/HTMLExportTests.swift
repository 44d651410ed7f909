import Foundation
import Testing
import StrataTestSupport

/// `strata export html`: a self-contained report under a strict CSP that shows record text only
/// as text; and, when Chromium is installed, that its script really runs under that policy.
@Suite struct HTMLExportTests {
    static let policy = #"<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'self'; script-src 'self'; img-src 'self' data:"#

    /// Exports the hostile demo and returns the workspace, the report directory and its files.
    static func export(_ extra: String...) throws -> (DemoWorkspace, URL, [String: String]) {
        let demo = try HostileDemo.make()
        let out = demo.url.appendingPathComponent("report")
        let result = try StrataBinary.run(["export", "html", out.path, "--store", demo.store] + extra, in: demo.url)
        #expect(result.status == 0, "\(result)")
        var files: [String: String] = [:]
        for name in try FileManager.default.subpathsOfDirectory(atPath: out.path) where name.contains(".") {
            files[name] = try String(contentsOf: out.appendingPathComponent(name), encoding: .utf8)
        }
        return (demo, out, files)
    }

    @Test func everyPageIsLockedDownAndSelfContained() throws {
        let (demo, _, files) = try Self.export()
        defer { demo.remove() }
        let pages = files.filter { $0.key.hasSuffix(".html") }
        #expect(Set(files.keys).isSuperset(of: ["index.html", "strata.css", "strata.js", "decisions/adr-1.html", "decisions/adr-13.html"]))
        // The index, 13 decisions, and the measured W-1, S-1 and W-5.
        #expect(pages.count == 1 + 13 + 3)
        #expect(Set(files.keys).isSuperset(of: ["measurements/w-1.html", "measurements/s-1.html", "measurements/w-5.html"]))
        for (name, text) in files {
            #expect(!text.contains("http://") && !text.contains("https://"), "\(name) refers to the network")
            #expect(!text.contains("@import") && !text.contains("url("), "\(name) loads something")
        }
        for (name, page) in pages {
            #expect(page.contains(Self.policy), "\(name) has no CSP")
            #expect(!page.contains("<style") && !page.contains(" style="), "\(name) has inline style")
            #expect(!page.contains("<img") && !page.contains("<b>") && !page.contains("<i>"), "\(name) let markup through")
            for tag in Self.matches(#"<script[^>]*>"#, in: page) {
                #expect([#"<script src="strata.js" defer>"#, #"<script src="../strata.js" defer>"#, #"<script type="application/json" id="snapshots">"#].contains(tag),
                        "\(name): \(tag)")
            }
            #expect(Self.matches(#"<script src="(\.\./)?strata.js" defer></script>"#, in: page).count <= 1)
        }
        let json = try #require(Self.snapshotJSON(files["index.html"] ?? ""))
        #expect(!json.contains("<") && !json.contains(">"))
    }

    @Test func hostileTextRoundTripsAsText() throws {
        let (demo, _, files) = try Self.export()
        defer { demo.remove() }
        let index = try #require(files["index.html"])
        #expect(index.contains("<td>&lt;script&gt;alert(1)&lt;/script&gt;</td>"))
        for (page, title) in [("adr-10", HostileDemo.scriptTitle), ("adr-11", HostileDemo.attributeTitle), ("adr-12", HostileDemo.twoLineTitle)] {
            let html = try #require(files["decisions/\(page).html"])
            let heading = try #require(Self.matches("<h1>[^<]*</h1>", in: html).first)
            #expect(Self.unescape(String(heading.dropFirst(4).dropLast(5))) == "\(page.uppercased()): \(title)")
        }
        #expect(try #require(files["decisions/adr-13.html"]).contains("&lt;/script&gt;"))
        let snapshots = try Self.snapshots(index)
        let contexts = (snapshots.last?["report"] as? [String: Any])?["contexts"] as? [[String: Any]] ?? []
        #expect(contexts.contains { $0["name"] as? String == HostileDemo.contextName })
        #expect(index.contains("&lt;/script&gt;&lt;b&gt;ctx&quot;"))
    }

    @Test func snapshotsFollowTheHistoryAndAsOfCutsIt() throws {
        let (demo, out, files) = try Self.export()
        defer { demo.remove() }
        let snapshots = try Self.snapshots(files["index.html"] ?? "")
        let days = snapshots.compactMap { $0["day"] as? String }
        #expect(days.count >= 5 && days == days.sorted())
        func stores(_ snapshot: [String: Any]?) -> Int {
            ((snapshot?["report"] as? [String: Any])?["contexts"] as? [[String: Any]] ?? []).reduce(0) { $0 + (($1["stores"] as? [Any])?.count ?? 0) }
        }
        #expect(stores(snapshots.first) == 1 && stores(snapshots.last) == 7)
        expectError(try demo.run("export html", out.path), exit: 2, mentioning: ["--force"])
        #expect(try demo.run("export html", out.path, "--force").status == 0)
        expectError(try demo.run("export html", out.path, "--force", "--format", "dot"), exit: 2, mentioning: ["--format"])
        let then = demo.url.appendingPathComponent("then")
        #expect(try demo.run("export html", then.path, "--as-of", "2024-06-30").status == 0)
        let early = try String(contentsOf: then.appendingPathComponent("index.html"), encoding: .utf8)
        #expect(early.contains("· 3 decisions ·") && !early.contains("Pinecone"))
    }

    @Test(.enabled(if: HeadlessBrowser.path != nil, "no chromium on PATH"))
    func theScriptRunsInAHeadlessBrowserUnderTheCSP() throws {
        let (demo, out, files) = try Self.export()
        defer { demo.remove() }
        let snapshots = try Self.snapshots(files["index.html"] ?? "")
        let index = out.appendingPathComponent("index.html")
        let (dom, log) = try HeadlessBrowser.dumpDOM(index)
        #expect(dom.contains("<html lang=\"en\" data-script=\"ran\">"), "\(dom.prefix(400))")
        #expect(!dom.contains("data-csp-violation") && !log.contains("Content Security Policy"), "\(log)")
        #expect(dom.contains("id=\"arch-at\" data-rendered=\"\(snapshots.last?["at"] as? String ?? "?")\""))
        let drawn = try #require(Self.matches(#"<svg id="arch-at-svg"[\s\S]*?</svg>"#, in: dom).first)
        #expect(drawn.contains("<rect class=\"context\"") && drawn.contains("S-8: &lt;i&gt;cache\"x"))
        #expect(dom.contains("<output id=\"filter-count\">13 of 13</output>"))
        #expect(!dom.contains("<img") && !dom.contains("<b>"))
        let (past, pastLog) = try HeadlessBrowser.dumpDOM(index, fragment: "#at=2024-06-30")
        let expected = snapshots.last { ($0["day"] as? String ?? "") <= "2024-06-30" }?["at"] as? String
        #expect(past.contains("data-rendered=\"\(expected ?? "?")\"") && !pastLog.contains("Content Security Policy"))
        let (page, pageLog) = try HeadlessBrowser.dumpDOM(out.appendingPathComponent("decisions/adr-11.html"))
        #expect(page.contains("&lt;img src=x onerror=alert(1)&gt;") && !page.contains("<img") && !pageLog.contains("Content Security Policy"))
        // Instants are shown to the minute in the viewer's zone, the exact time kept as a tooltip.
        let shown = Self.matches(#"<time datetime="[^"]+" title="[^"]+">[^<]+</time>"#, in: page)
        #expect(!shown.isEmpty && shown.allSatisfy { Self.matches(#">[^<]*\.\d{6}"#, in: $0).isEmpty }, "\(shown.prefix(2))")
    }

    static func matches(_ pattern: String, in text: String) -> [String] {
        guard let regex = try? NSRegularExpression(pattern: pattern) else { return [] }
        return regex.matches(in: text, range: NSRange(text.startIndex..., in: text)).compactMap { Range($0.range, in: text).map { String(text[$0]) } }
    }

    static func snapshotJSON(_ html: String) -> String? {
        let start = #"<script type="application/json" id="snapshots">"#
        guard let open = html.range(of: start), let close = html.range(of: "</script>", range: open.upperBound..<html.endIndex) else { return nil }
        return String(html[open.upperBound..<close.lowerBound])
    }

    /// The page's moments, decoded from its JSON block, each with its design as `report`.
    static func snapshots(_ html: String) throws -> [[String: Any]] {
        let json = try #require(snapshotJSON(html))
        let timeline = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        let designs = try #require(timeline["designs"] as? [[Any]])
        let moments = try #require(timeline["moments"] as? [[String: Any]])
        return try moments.map { moment in
            let design = try #require(moment["design"] as? Int)
            #expect(designs.indices.contains(design))
            return moment.merging(["report": ["contexts": designs[design]]]) { $1 }
        }
    }

    static func unescape(_ text: String) -> String {
        [("&lt;", "<"), ("&gt;", ">"), ("&quot;", "\""), ("&#39;", "'"), ("&amp;", "&")].reduce(text) {
            $0.replacingOccurrences(of: $1.0, with: $1.1)
        }
    }
}
