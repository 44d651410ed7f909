import Foundation
import Testing
import StrataTestSupport

/// Issue 16: the HTML report renders each workload's advice with the design of its top choice
/// (STRATA-DESIGN-01 to 04), the same sentences `strata advise --workload` gives, escaped, under
/// the report's CSP.
@Suite struct HTMLAdviceExportTests {
    /// The design sentences of `advise --workload W --json`, as `text [RULE]`.
    private func designLines(_ demo: DemoWorkspace, _ workload: String) throws -> [String] {
        let result = try StrataBinary.run(["advise", "--workload", workload, "--json", "--store", demo.store], in: demo.url)
        #expect(result.status == 0, "\(result)")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        let design = try #require(object["design"] as? [String: Any])
        return ["schema", "migration", "operations", "sizing"].flatMap { key in
            ((design[key] as? [[String: Any]]) ?? []).map { "\($0["text"] as? String ?? "") [\($0["rule"] as? String ?? "")]" }
        }
    }

    /// The active workloads' short ids, from `workload list --json`.
    private func workloads(_ demo: DemoWorkspace) throws -> [String] {
        let result = try StrataBinary.run(["workload", "list", "--json", "--store", demo.store], in: demo.url)
        let object = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8))
        let rows = (object as? [[String: Any]]) ?? ((object as? [String: Any])?["workloads"] as? [[String: Any]]) ?? []
        return rows.filter { ($0["status"] as? String ?? "active") == "active" }.compactMap { $0["id"] as? String }
    }

    @Test("every active workload's design appears in the report, line for line with its rule, as escaped text")
    func designOfEveryWorkload() throws {
        let (demo, _, files) = try HTMLExportTests.export()
        defer { demo.remove() }
        let index = try #require(files["index.html"])
        let section = try #require(index.range(of: "<section id=\"advice\">").map { String(index[$0.lowerBound...]) })
        let ids = try workloads(demo)
        #expect(!ids.isEmpty)
        for id in ids {
            let article = try #require(section.range(of: "id=\"advice-\(id.lowercased())\"").map { String(section[$0.lowerBound...]) })
            let mine = String(article[..<(article.range(of: "</article>")?.lowerBound ?? article.endIndex)])
            let lines = HTMLExportTests.matches("<li>[^<]*<span class=\"rule\">\\[[A-Z0-9-]+\\]</span></li>", in: mine).map { line in
                HTMLExportTests.unescape(line.replacingOccurrences(of: "<li>", with: "").replacingOccurrences(of: "</li>", with: "")
                    .replacingOccurrences(of: "<span class=\"rule\">", with: "").replacingOccurrences(of: "</span>", with: ""))
            }
            let expected = try designLines(demo, id)
            #expect(!expected.isEmpty)
            #expect(expected.allSatisfy(lines.contains), "\(id): \(expected) not all in \(lines)")
            #expect(mine.contains("<h4>Schema sketch</h4>") && mine.contains("<h4>Operations checklist</h4>"), "\(id)")
        }
        #expect(index.contains("<a href=\"#advice\">Advice</a>"))
        #expect(!section.contains(" style=") && !section.contains("<script"), "no inline style or script in the advice")
    }
}
