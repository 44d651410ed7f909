import Foundation
import GRDB
import Testing
import StrataTestSupport

/// Issue 15: a collection imported again records what changed in it on the same decisions.
@Suite struct ImportSyncTests {
    private let proposed = [
        "0001-first.md": InteropSamples.adrTools(1, "First"),
        "0002-cache.md": InteropSamples.adrTools(2, "Cache reads", status: "Proposed"),
    ]

    @Test func anAcceptedEditThenReimportRecordsTheAcceptanceOnTheSameDecision() throws {
        let workspace = try DomainWorkspace()
        defer { workspace.remove() }
        let directory = try workspace.directory("adr", proposed)
        expectOK(try workspace.run("import", directory))
        try InteropSamples.adrTools(2, "Cache reads", status: "Accepted", date: "1992-02-01")
            .write(toFile: directory + "/0002-cache.md", atomically: true, encoding: .utf8)
        let dry = expectOK(try workspace.run("import", directory, "--dry-run"))
        #expect(dry.contains("ADR-2    accepted    0002-cache.md"), "\(dry)")
        #expect(dry.contains("(accepted)"))
        #expect(dry.hasSuffix("0 new, 1 changed, 1 already present; 1 event would be recorded (dry run: nothing was written)\n"), "\(dry)")
        let before = try workspace.eventTypes()
        let output = expectOK(try workspace.run("import", directory))
        #expect(output.hasSuffix("0 new, 1 changed, 1 already present; 1 event recorded\n"), "\(output)")
        #expect(try workspace.eventTypes() == before + ["decision.accepted"])
        #expect(try workspace.index() == ["ADR-1 accepted First", "ADR-2 accepted Cache reads"])
        let history = expectOK(try workspace.strata("history", "ADR-2"))
        #expect(history.contains("1992-02-01"), "\(history)")
        let again = expectOK(try workspace.run("import", directory))
        #expect(again.hasSuffix("0 new, 2 already present; 0 events recorded\n"), "\(again)")
    }

    @Test func aTextEditIsAnAmendmentAndARefusedChangeIsReported() throws {
        let workspace = try DomainWorkspace()
        defer { workspace.remove() }
        let directory = try workspace.directory("adr", proposed)
        expectOK(try workspace.run("import", directory))
        let edited = InteropSamples.adrTools(2, "Cache reads in Redis", status: "Proposed")
        try edited.write(toFile: directory + "/0002-cache.md", atomically: true, encoding: .utf8)
        try InteropSamples.adrTools(1, "First", status: "Proposed").write(toFile: directory + "/0001-first.md", atomically: true, encoding: .utf8)
        let output = expectOK(try workspace.run("import", directory))
        #expect(output.contains("0001-first.md: its status is proposed now, but ADR-1 is accepted"), "\(output)")
        #expect(output.contains("(amended)"))
        #expect(try workspace.eventTypes().last == "decision.amended")
        #expect(try workspace.index() == ["ADR-1 accepted First", "ADR-2 proposed Cache reads in Redis"])
    }

    @Test func aNewLinkIsRecordedAndADeletedFileIsReportedButKept() throws {
        let workspace = try DomainWorkspace()
        defer { workspace.remove() }
        let directory = try workspace.directory("adr", proposed.merging(["0003-third.md": InteropSamples.adrTools(3, "Third")]) { $1 })
        expectOK(try workspace.run("import", directory))
        try FileManager.default.removeItem(atPath: directory + "/0003-third.md")
        let linked = InteropSamples.adrTools(2, "Cache reads", status: "Proposed\n\nAmends [1. First](0001-first.md)")
        try linked.write(toFile: directory + "/0002-cache.md", atomically: true, encoding: .utf8)
        let output = expectOK(try workspace.run("import", directory))
        #expect(output.contains("0003-third.md: no longer in the collection; ADR-3 stays in the log"), "\(output)")
        #expect(output.contains("(linked amends ADR-1)"), "\(output)")
        #expect(try workspace.eventTypes().last == "decision.linked")
        #expect(try workspace.index().count == 3)
        // The link taken out again is a fact too; so is one that came with the first import.
        try InteropSamples.adrTools(2, "Cache reads", status: "Proposed")
            .write(toFile: directory + "/0002-cache.md", atomically: true, encoding: .utf8)
        let unlinked = expectOK(try workspace.run("import", directory))
        #expect(unlinked.contains("(unlinked amends ADR-1)"), "\(unlinked)")
        #expect(try workspace.eventTypes().last == "decision.unlinked")
        #expect(try workspace.links() == [])
        // The timeline shows the removal (it once held a step no build could read back).
        let shown = try StrataBinary.run(["show", "ADR-2", "--store", workspace.store], in: workspace.url)
        #expect(shown.status == 0 && shown.stdout.contains("unlinked"), "\(shown)")
        let again = expectOK(try workspace.run("import", directory))
        #expect(again.hasSuffix("0 new, 2 already present; 0 events recorded\n"), "\(again)")
    }

    @Test func aLinkThatCameWithTheFirstImportIsRemovedByAnAmendment() throws {
        let workspace = try DomainWorkspace()
        defer { workspace.remove() }
        let directory = try workspace.directory("adr", InteropSamples.amendAndClarify)
        expectOK(try workspace.run("import", directory))
        let before = try workspace.links()
        let files = try workspace.files(in: directory)
        let (name, text) = try #require(files.first { $0.value.contains("Clarifies [") })
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).filter { !$0.hasPrefix("Clarifies [") }
        try lines.joined(separator: "\n").write(toFile: directory + "/" + name, atomically: true, encoding: .utf8)
        let output = expectOK(try workspace.run("import", directory))
        #expect(output.contains("(unlinked clarifies ADR-2)"), "\(output)")
        #expect(try workspace.eventTypes().last == "decision.amended")
        #expect(try workspace.links().count == before.count - 1)
    }

    @Test func theStoresOwnExportReadBackAddsNothing() throws {
        let workspace = try DomainWorkspace()
        defer { workspace.remove() }
        expectOK(try workspace.run("import", try workspace.directory("adr", InteropSamples.supersedeSeveral)))
        expectOK(try workspace.run("propose", "--title", "Shard the catalog", "--rationale", "growth"))
        expectOK(try workspace.run("accept", "ADR-4", "--reason", "agreed"))
        try workspace.expectOwnExportsReadBackAddNothing(decisions: 4)
    }
}

extension DomainWorkspace {
    /// Exports the store as adr-tools and as MADR and imports each back: nothing may be added.
    func expectOwnExportsReadBackAddNothing(decisions: Int, sourceLocation: SourceLocation = #_sourceLocation) throws {
        let before = try eventTypes()
        for format in ["adr-tools", "madr"] {
            let exported = url.appendingPathComponent("out-\(format)").path
            expectOK(try strata("export", format, exported), sourceLocation: sourceLocation)
            let output = expectOK(try run("import", exported), sourceLocation: sourceLocation)
            #expect(output.hasSuffix("0 new, \(decisions) already present; 0 events recorded\n"), "\(format): \(output)", sourceLocation: sourceLocation)
        }
        #expect(try eventTypes() == before, sourceLocation: sourceLocation)
    }

    /// Every row of `rm_decision_links` as `FROM type TO` in short ids.
    func links() throws -> [String] {
        try DatabaseQueue(path: store).read { db in
            try String.fetchAll(db, sql: """
                SELECT f.short_id || ' ' || l.type || ' ' || t.short_id FROM rm_decision_links l
                JOIN rm_decisions f ON f.decision_id = l.decision_id JOIN rm_decisions t ON t.decision_id = l.target_id
                ORDER BY 1
                """)
        }
    }
}
