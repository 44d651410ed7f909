import Foundation
import Testing

/// `strata export`: adr-tools byte for byte, MADR and JSON-ADR, events; and export → import round trips.
@Suite struct ExportCommandTests {
    static let collections: [[String: String]] = [InteropSamples.supersedeSeveral, InteropSamples.amendAndClarify]

    @Test(arguments: collections)
    func adrToolsExportIsWhatAdrToolsWrites(_ collection: [String: String]) throws {
        let workspace = try DomainWorkspace()
        defer { workspace.remove() }
        expectOK(try workspace.run("import", try workspace.directory("adr", collection)))
        let out = workspace.url.appendingPathComponent("out").path
        let printed = expectOK(try workspace.strata("export", "adr-tools", out))
        #expect(printed == "Wrote 3 decisions to \(out) (4 files)\n")
        var files = try workspace.files(in: out)
        #expect(files.removeValue(forKey: "README.md") == InteropSamples.tableOfContents)
        #expect(files == collection)
    }

    @Test(arguments: ["adr-tools", "madr", "json-adr"])
    func exportsKeepWhatTheLogKnowsAndReadBackAsTheSameRecords(_ format: String) throws {
        let workspace = try DomainWorkspace(), copy = try DomainWorkspace()
        defer { workspace.remove(); copy.remove() }
        try workspace.seed()
        expectOK(try workspace.run(
            "propose", "--title", "Documents for the catalog", "--option", "MongoDB", "--option", "PostgreSQL JSONB",
            "--choose", "MongoDB", "--rationale", "flexible documents",
            "--adopt", "mongodb:catalog-docs", "--in", "C-1", "--serves", "W-1", "--because-pattern", "W-1"))
        expectOK(try workspace.run("reject", "ADR-1", "--reason", "JSONB covers it without a second database", "--actor", "bob"))
        expectOK(try workspace.run("propose", "--title", "Keep PostgreSQL"))
        expectOK(try workspace.run("accept", "ADR-2", "--actor", "alice"))
        let out = workspace.url.appendingPathComponent(format == "json-adr" ? "adrs.json" : "out").path
        expectOK(try workspace.strata("export", format, out))
        if format == "json-adr" {
            let document = try String(contentsOfFile: out, encoding: .utf8)
            #expect(document.contains("Strata Decision Log") && document.contains("rejected by bob: JSONB covers it without a second database"))
            #expect(document.contains("Proposed option:") && !document.contains("Chosen option"))
        }
        let files = format == "json-adr" ? [:] : try workspace.files(in: out)
        if format != "json-adr" {
            let rejected = try #require(files.first { $0.key.hasPrefix("0001-") }?.value)
            #expect(rejected.contains("Proposed option: \"MongoDB\", because flexible documents"))
            #expect(!rejected.contains("Chosen option"))
            #expect(rejected.contains("## Decision Log"))
            #expect(rejected.contains(": rejected by bob: JSONB covers it without a second database"))
            #expect(rejected.contains("effect: adopt mongodb store 'catalog-docs' as primary in C-1 for W-1, justified by the access pattern of W-1"))
            let accepted = try #require(files.first { $0.key.hasPrefix("0002-") }?.value)
            #expect(accepted.contains(": accepted by alice"))
        }
        let before = try workspace.eventTypes().count
        let again = expectOK(try workspace.run("import", format, out))
        #expect(again.contains("0 new, 0 changed, 2 already present") || again.contains("0 new, 2 already present"))
        #expect(try workspace.eventTypes().count == before)
        expectOK(try copy.run("import", format, out))
        let shown = expectOK(try copy.strata("show", "ADR-1"))
        #expect(shown.contains("MongoDB") && !shown.contains("Decision Log"))
        #expect(try copy.index() == ["ADR-1 rejected Documents for the catalog", "ADR-2 accepted Keep PostgreSQL"])
    }

    @Test(arguments: ["adr-tools", "madr", "json-adr", "events"])
    func exportThenImportIntoAnEmptyStoreRoundTrips(_ format: String) throws {
        let original = try DomainWorkspace(), copy = try DomainWorkspace()
        defer { original.remove(); copy.remove() }
        expectOK(try original.run("import", try original.directory("adr", InteropSamples.supersedeSeveral)))
        expectOK(try original.run("import", try original.directory("madr", InteropSamples.madr)))
        expectOK(try original.run("propose", "--title", "Native decision", "--rationale", "Because."))
        expectOK(try original.run("link", "ADR-6", "--type", "relates-to", "--to", "ADR-4"))
        let target = original.url.appendingPathComponent(format == "json-adr" ? "adrs.json" : format == "events" ? "events.ndjson" : "out").path
        expectOK(try original.strata("export", format, target))
        expectOK(try copy.run("import", format, target))
        #expect(try copy.index() == original.index())
        let left = original.url.appendingPathComponent("left").path, right = copy.url.appendingPathComponent("right").path
        expectOK(try original.strata("export", "adr-tools", left))
        expectOK(try copy.strata("export", "adr-tools", right))
        let mine = try original.files(in: left), theirs = try copy.files(in: right)
        if format == "json-adr" {
            // JSON-ADR v1 writes prose-only consequences as a list, so compare titles, dates,
            // statuses and links: everything above "## Context".
            func heads(_ files: [String: String]) -> [String: String] {
                files.mapValues { String($0.components(separatedBy: "## Context").first ?? "") }
            }
            #expect(heads(theirs) == heads(mine))
        } else {
            #expect(theirs == mine)
        }
    }

    @Test func madrExportHasFrontMatterAndKeepsWhatStrataHasNoFieldFor() throws {
        let workspace = try DomainWorkspace()
        defer { workspace.remove() }
        expectOK(try workspace.run("import", try workspace.directory("madr", InteropSamples.madr)))
        let out = workspace.url.appendingPathComponent("out").path
        expectOK(try workspace.strata("export", "madr", out))
        let files = try workspace.files(in: out)
        let first = try #require(files["0001-use-postgresql.md"])
        #expect(first.hasPrefix("---\nstatus: \"accepted\"\ndate: 2024-03-01\ndecision-makers:"))
        #expect(first.contains("* Neutral, because it is a server."))
        #expect(first.contains("## Changelog\n\nWritten in review."))
        #expect(try #require(files["0002-cache-reads.md"]).contains("status: \"on hold\""))
    }

    @Test func asOfExportsTheDecisionsAsTheyWereThen() throws {
        let workspace = try DomainWorkspace()
        defer { workspace.remove() }
        expectOK(try workspace.run("propose", "--title", "First Record"))
        expectOK(try workspace.run("accept", "ADR-1"))
        let cut = try workspace.eventTypes().count
        expectOK(try workspace.run("propose", "--title", "Second Record"))
        expectOK(try workspace.run("accept", "ADR-2"))
        expectOK(try workspace.run("supersede", "ADR-1", "--by", "ADR-2", "--reason", "replaced"))
        let then = workspace.url.appendingPathComponent("then").path
        expectOK(try workspace.strata("export", "adr-tools", then, "--as-of", "@\(cut)"))
        let files = try workspace.files(in: then)
        #expect(files.keys.sorted() == ["0001-first-record.md", "README.md"])
        #expect(try #require(files["0001-first-record.md"]).contains("## Status\n\nAccepted\n\n## Context"))
        let now = workspace.url.appendingPathComponent("now").path
        expectOK(try workspace.strata("export", "adr-tools", now))
        #expect(try #require(try workspace.files(in: now)["0001-first-record.md"])
            .contains("## Status\n\nSuperceded by [2. Second Record](0002-second-record.md)\n\n## Context"))
    }

    @Test func existingFilesAreNeverOverwrittenWithoutForceAndNothingLeavesTheDirectory() throws {
        let workspace = try DomainWorkspace()
        defer { workspace.remove() }
        expectOK(try workspace.run("propose", "--title", "../../escape/../Evil"))
        let out = workspace.url.appendingPathComponent("out").path
        expectOK(try workspace.strata("export", "adr-tools", out))
        #expect(try FileManager.default.contentsOfDirectory(atPath: out).sorted() == ["0001-escape-evil.md", "README.md"])
        try "mine".write(toFile: out + "/README.md", atomically: true, encoding: .utf8)
        expectError(try workspace.strata("export", "adr-tools", out), exit: 2, mentioning: ["already exists", "--force"])
        #expect(try String(contentsOfFile: out + "/README.md", encoding: .utf8) == "mine")
        expectOK(try workspace.strata("export", "adr-tools", out, "--force"))
        #expect(try String(contentsOfFile: out + "/README.md", encoding: .utf8) != "mine")
        #expect(try FileManager.default.contentsOfDirectory(atPath: workspace.url.path).contains { $0 == "escape" } == false)
    }
}
