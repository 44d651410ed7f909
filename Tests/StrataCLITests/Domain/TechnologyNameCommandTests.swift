import Foundation
import Testing
import StrataTestSupport

/// `--adopt TECHNOLOGY:NAME` reads names as people write them (issue 16).
struct TechnologyNameCommandTests {
    private func read(_ workspace: DomainWorkspace, _ arguments: String...) throws -> String {
        expectOK(try StrataBinary.run(arguments + ["--store", workspace.store], in: workspace.url))
    }

    @Test func typoIsOneLineWithASuggestionAndTheLogIsUntouched() throws {
        let workspace = try DomainWorkspace()
        defer { workspace.remove() }
        try workspace.seed()
        let before = try read(workspace, "events", "--json")
        let result = try workspace.run("propose", "--title", "Main DB", "--adopt", "postgress:main", "--in", "C-1")
        expectError(result, exit: 2, mentioning: ["postgress", "did you mean postgresql?"])
        #expect(try read(workspace, "events", "--json") == before)
    }

    @Test func aliasesAndCatalogueAdditionsAreRecordedByTheirIds() throws {
        let workspace = try DomainWorkspace()
        defer { workspace.remove() }
        try workspace.seed()
        try expectOK(workspace.run("propose", "--title", "Main DB", "--adopt", "Postgres:main", "--in", "C-1", "--serves", "W-1"))
        try expectOK(workspace.run("accept", "ADR-1", "--reason", "start simple"))
        try expectOK(workspace.run("propose", "--title", "Sales OLAP", "--adopt", "ClickHouse:olap", "--in", "C-1"))
        try expectOK(workspace.run("accept", "ADR-2", "--reason", "dashboards"))
        let arch = try read(workspace, "arch", "--json")
        #expect(arch.contains(#""technology":"postgresql""#) || arch.contains(#""technology" : "postgresql""#), "\(arch)")
        #expect(arch.contains("clickhouse") && arch.contains("analytical"), "\(arch)")
        let filtered = try read(workspace, "store", "list", "--technology", "PG")
        #expect(filtered.contains("main") && !filtered.contains("olap"), "\(filtered)")
    }
}
