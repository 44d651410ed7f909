import Foundation
import StrataTestSupport
import Testing

/// `strata check --changed`: the decisions that govern changed files, for CI.
@Suite struct CheckCommandTests {
    /// ADR-1 accepted for billing; ADR-2 superseded by ADR-3 for search; ADR-4 deprecated for reports.
    static func governedWorkspace() throws -> DomainWorkspace {
        let workspace = try DomainWorkspace()
        expectOK(try workspace.run("propose", "--title", "Billing on PostgreSQL", "--affects", "src/billing/**", "--ref", "https://example.org/pr/42"))
        expectOK(try workspace.run("accept", "ADR-1"))
        expectOK(try workspace.run("propose", "--title", "Search on Elasticsearch", "--affects", "src/search", "--affects", "*.mapping.json"))
        expectOK(try workspace.run("accept", "ADR-2"))
        expectOK(try workspace.run("propose", "--title", "Search on PostgreSQL", "--affects", "src/search/**"))
        expectOK(try workspace.run("accept", "ADR-3"))
        expectOK(try workspace.run("supersede", "ADR-2", "--by", "ADR-3", "--reason", "one database"))
        expectOK(try workspace.run("propose", "--title", "Nightly reports", "--affects", "reports/*.py"))
        expectOK(try workspace.run("accept", "ADR-4"))
        expectOK(try workspace.run("deprecate", "ADR-4", "--reason", "dashboards replaced them"))
        return workspace
    }

    @Test func governedFilesListTheirDecisionsAndRetiredOnesAreFlagged() throws {
        let workspace = try Self.governedWorkspace()
        defer { workspace.remove() }
        let result = try workspace.strata("check", "--changed", "src/billing/invoice.swift", "src/search/query.swift", "config/search.mapping.json", "reports/daily.py", "README.md")
        #expect(result.status == 1)
        #expect(result.stdout.contains("src/billing/invoice.swift\n  ADR-1    accepted"))
        #expect(result.stdout.contains("ADR-2    superseded  Search on Elasticsearch  (src/search) → superseded by ADR-3"))
        #expect(result.stdout.contains("config/search.mapping.json  [flagged"))
        #expect(result.stdout.contains("reports/daily.py  [flagged"))
        #expect(!result.stdout.contains("src/search/query.swift  [flagged"))
        #expect(result.stdout.hasSuffix("4 of 5 changed files governed by decisions; 2 flagged\n"))
    }

    @Test func pathsComeFromStandardInputAsJSONAndPassWhenNothingIsFlagged() throws {
        let workspace = try Self.governedWorkspace()
        defer { workspace.remove() }
        let input = try workspace.file("changed.txt", "src/billing/a.swift\n\nsrc/other.swift\n")
        let process = try StrataBinary.makeProcess(["check", "--changed", "-", "--json", "--store", workspace.store], in: workspace.url)
        process.standardInput = FileHandle(forReadingAtPath: input)
        let result = try StrataBinary.capture(process, in: workspace.url)
        #expect(result.status == 0)
        let report = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any]
        #expect(report?["flagged"] as? Int == 0 && report?["ungoverned"] as? Int == 1)
        let files = report?["files"] as? [[String: Any]]
        #expect(files?.map { $0["path"] as? String } == ["src/billing/a.swift", "src/other.swift"])
    }

    @Test func affectsAndRefsShowOnTheDecisionAndBadPatternsAreRefused() throws {
        let workspace = try Self.governedWorkspace()
        defer { workspace.remove() }
        let shown = expectOK(try workspace.strata("show", "ADR-1"))
        #expect(shown.contains("Affects: src/billing/**\nRefs: https://example.org/pr/42\n"))
        let before = try workspace.eventTypes()
        expectError(try workspace.run("propose", "--title", "Escape", "--affects", "../etc/**"), exit: 2, mentioning: ["'../etc/**'", "--affects"])
        #expect(try workspace.eventTypes() == before)
        expectError(try workspace.strata("check"), exit: 2, mentioning: ["--changed"])
    }
}
