import Foundation
import GRDB
import StrataTestSupport
import Testing

/// `strata search`: the FTS5 read model through the binary, ranked, highlighted and as-of aware.
@Suite struct SearchCommandTests {
    private static func hits(_ workspace: DomainWorkspace, _ arguments: String...) throws -> [[String: Any]] {
        let result = try StrataBinary.run(["search"] + arguments + ["--json", "--store", workspace.store], in: workspace.url)
        #expect(result.status == 0, "\(result)")
        let object = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any]
        return object?["hits"] as? [[String: Any]] ?? []
    }

    private static func ids(_ hits: [[String: Any]]) -> [String] { hits.compactMap { $0["id"] as? String } }

    /// Three proposals: a title about caching, a rationale that mentions it, and one about neither.
    private static func store() throws -> DomainWorkspace {
        let workspace = try DomainWorkspace()
        #expect(try workspace.run("context add", "Ledger").status == 0)
        #expect(try workspace.run("propose", "--title", "Replicate the orders database", "--rationale",
                                  "Caching would hide stale balances, so replicas serve the reads").status == 0)
        #expect(try workspace.run("propose", "--title", "Cache the ledger reads", "--context", "C-1", "--tag", "latency").status == 0)
        #expect(try workspace.run("propose", "--title", "Archive old invoices to object storage").status == 0)
        return workspace
    }

    @Test func aTitleMatchRanksFirstWordsAreStemmedAndThePassageIsMarked() throws {
        let workspace = try Self.store()
        defer { workspace.remove() }
        let hits = try Self.hits(workspace, "cache")
        #expect(Self.ids(hits) == ["ADR-2", "ADR-1"], "\(hits)")
        #expect(hits.first?["context"] as? String == "Ledger")
        let snippet = hits.last?["snippet"] as? [[String: Any]] ?? []
        #expect(snippet.contains { $0["match"] as? Bool == true && ($0["text"] as? String) == "Caching" }, "\(snippet)")
        #expect(Self.ids(try Self.hits(workspace, "ledger", "latency")) == ["ADR-2"], "context names and tags are searched")
        #expect(Self.ids(try Self.hits(workspace, "cache -stale")) == ["ADR-2"])
        #expect(Self.ids(try Self.hits(workspace, "invoices", "OR", "replicas")).sorted() == ["ADR-1", "ADR-3"])
        #expect(Self.ids(try Self.hits(workspace, "\"hide stale balances\"")) == ["ADR-1"])
        #expect(Self.ids(try Self.hits(workspace, "archiv*")) == ["ADR-3"])

        let text = try StrataBinary.run(["search", "cache", "--store", workspace.store], in: workspace.url)
        #expect(text.stdout.contains("ADR-2 «Cache» the ledger reads (proposed · Ledger)"), "\(text)")
        #expect(text.stdout.hasSuffix("2 decisions at position 8\n"), "\(text)")
    }

    @Test func asOfSearchesTheTextAndStatusEachDecisionHadThen() throws {
        let workspace = try Self.store()
        defer { workspace.remove() }
        let before = try workspace.eventTypes().count
        #expect(try workspace.run("amend", "ADR-3", "--title", "Move old invoices to cold storage").status == 0)
        #expect(try workspace.run("accept", "ADR-3").status == 0)
        #expect(try workspace.run("reject", "ADR-1", "--reason", "licensing cost of the replica tier").status == 0)

        #expect(Self.ids(try Self.hits(workspace, "archive")) == [])
        let then = try Self.hits(workspace, "archive", "--as-of", "@\(before)")
        #expect(Self.ids(then) == ["ADR-3"] && then.first?["status"] as? String == "proposed", "\(then)")
        #expect(Self.ids(try Self.hits(workspace, "cold", "--status", "accepted")) == ["ADR-3"])
        #expect(Self.ids(try Self.hits(workspace, "cold", "--status", "accepted", "--as-of", "@\(before + 1)")) == [])
        #expect(Self.ids(try Self.hits(workspace, "licensing")) == ["ADR-1"], "a rejection's reason is searched")
    }

    @Test func reviewCommentsAreSearchedAndARebuildAnswersTheSame() throws {
        let workspace = try Self.store()
        defer { workspace.remove() }
        let reviewed = try StrataBinary.run(["review", "ADR-2", "--request-changes", "-m", "measure the hit ratio first",
                                             "--store", workspace.store, "--actor", "bob"], in: workspace.url)
        #expect(reviewed.status == 0, "\(reviewed)")
        let found = try Self.hits(workspace, "ratio")
        #expect(Self.ids(found) == ["ADR-2"])
        #expect(try StrataBinary.run(["rebuild", "--store", workspace.store], in: workspace.url).status == 0)
        #expect(Self.ids(try Self.hits(workspace, "ratio")) == ["ADR-2"])
        #expect(Self.ids(try Self.hits(workspace, "cache")) == ["ADR-2", "ADR-1"])
    }

    @Test func anIndexThatLostItsCheckpointIsRefoldedOnTheNextSearch() throws {
        let workspace = try Self.store()
        defer { workspace.remove() }
        // What a store upgraded from a build without the index looks like: tables, no checkpoint.
        try DatabaseQueue(path: workspace.store).write { db in
            try db.execute(sql: "DELETE FROM projection_checkpoints WHERE projection = 'search'")
            try db.execute(sql: "DELETE FROM search_index; DELETE FROM search_docs; DELETE FROM search_contexts")
        }
        #expect(Self.ids(try Self.hits(workspace, "cache")) == ["ADR-2", "ADR-1"])
    }

    @Test func badQueriesAreRefusedWithOneLine() throws {
        let workspace = try Self.store()
        defer { workspace.remove() }
        func search(_ arguments: String...) throws -> CommandResult {
            try StrataBinary.run(["search", "--store", workspace.store] + arguments, in: workspace.url)
        }
        expectError(try search(), exit: 2, mentioning: ["give the words"])
        expectError(try search("--", "-"), exit: 2, mentioning: ["no word to look for"])
        expectError(try search("cache", "--limit", "0"), exit: 2, mentioning: ["1 to 1000"])
        expectError(try search("cache", "--status", "aproved"), exit: 2, mentioning: ["aproved"])
        expectError(try search("cache", "--as-of", "yesterday-ish"), exit: 2, mentioning: ["yesterday-ish"])
    }
}
