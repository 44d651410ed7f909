import Foundation
import Testing

/// Issue 15: an imported collection keeps its own numbers; only a true collision gets another.
@Suite struct ImportNumberingTests {
    @Test func numberZeroAndGapsAreKept() throws {
        let workspace = try DomainWorkspace()
        defer { workspace.remove() }
        let directory = try workspace.directory("adr", [
            "0000-use-adrs.md": InteropSamples.adrTools(0, "Use ADRs"),
            "0001-first.md": InteropSamples.adrTools(1, "First"),
            "0004-fourth.md": InteropSamples.adrTools(4, "Fourth"),
        ])
        let output = expectOK(try workspace.run("import", directory))
        #expect(output.hasSuffix("3 new, 0 already present; source numbers kept; 11 events recorded\n"), "\(output)")
        #expect(try workspace.index() == ["ADR-0 accepted Use ADRs", "ADR-1 accepted First", "ADR-4 accepted Fourth"])
        let shown = expectOK(try workspace.strata("show", "ADR-0"))
        #expect(shown.contains("Use ADRs"))
        expectError(try workspace.strata("show", "ADR-2"), exit: 2, mentioning: ["ADR-2"])
        // The store numbers on after the collection's highest.
        expectOK(try workspace.run("propose", "--title", "Native"))
        #expect(try workspace.index().last == "ADR-5 proposed Native")
    }

    @Test func aDuplicateNumberGetsTheNextIdAndBothFilesAreNamed() throws {
        let workspace = try DomainWorkspace()
        defer { workspace.remove() }
        let directory = try workspace.directory("adr", [
            "0001-first.md": InteropSamples.adrTools(1, "First"),
            "0002-left.md": InteropSamples.adrTools(2, "Left"),
            "0002-right.md": InteropSamples.adrTools(2, "Right"),
            "0003-third.md": InteropSamples.adrTools(3, "Third"),
        ])
        let output = expectOK(try workspace.run("import", directory))
        #expect(output.contains("0002-right.md: number 2 is also 0002-left.md's, which is ADR-2; renumber one of them in the source; recorded as ADR-4"), "\(output)")
        #expect(output.hasSuffix("4 new, 0 already present; 3 kept their numbers, 1 numbered from ADR-4; 12 events recorded\n"), "\(output)")
        #expect(try workspace.index() == ["ADR-1 accepted First", "ADR-2 accepted Left", "ADR-3 accepted Third", "ADR-4 accepted Right"])
    }

    @Test func aNumberADecisionFromElsewhereHoldsIsReportedAndOnlyThatRecordMoves() throws {
        let workspace = try DomainWorkspace()
        defer { workspace.remove() }
        expectOK(try workspace.run("propose", "--title", "Native one"))
        expectOK(try workspace.run("propose", "--title", "Native two"))
        let directory = try workspace.directory("adr", [
            "0002-second.md": InteropSamples.adrTools(2, "Second"),
            "0003-third.md": InteropSamples.adrTools(3, "Third"),
            "0007-seventh.md": InteropSamples.adrTools(7, "Seventh"),
        ])
        let output = expectOK(try workspace.run("import", directory))
        #expect(output.contains("0002-second.md: number 2 is taken: ADR-2 is 'Native two', recorded in Strata; recorded as ADR-8"), "\(output)")
        #expect(try workspace.index() == [
            "ADR-1 proposed Native one", "ADR-2 proposed Native two", "ADR-3 accepted Third", "ADR-7 accepted Seventh", "ADR-8 accepted Second",
        ])
    }

    @Test func templatesReadmesAndIndexesAreSkippedWithANote() throws {
        let workspace = try DomainWorkspace()
        defer { workspace.remove() }
        let directory = try workspace.directory("adr", [
            "0001-first.md": InteropSamples.adrTools(1, "First"),
            "README.md": "# Decisions\n\nSee the records.\n",
            "0000-adr-template.md": """
                # ADRXXX: Title

                ## Status

                {Proposed | Accepted | Superseded}

                ## Context

                {What is the issue that we're seeing that is motivating this decision?}

                ## Decision

                {What is the change that we're proposing?}

                ## Consequences

                {What becomes easier or more difficult to do because of this change?}

                """,
            "NNNN-blank.md": "# NNNN. Title\n\nDate: YYYY-MM-DD\n\n## Status\n\n[Proposed]\n\n## Context\n\n[The issue motivating this decision]\n",
            "decisions.md": "# Architecture Decision Records\n\n* [1. First](0001-first.md)\n* [2. Second](0002-second.md)\n",
        ])
        let output = expectOK(try workspace.run("import", directory))
        #expect(output.contains("README.md: a README or index file, not a record; skipped [skipped-index]"), "\(output)")
        #expect(output.contains("0000-adr-template.md: a template (placeholder title and text), not a record; skipped [skipped-template]"))
        #expect(output.contains("NNNN-blank.md: a template"))
        #expect(output.contains("decisions.md: an index of the records, not a record; skipped [skipped-index]"))
        #expect(try workspace.index() == ["ADR-1 accepted First"])
    }

    @Test(.enabled(if: InteropSamples.realCollection("madr") != nil && InteropSamples.realCollection("log4brains") != nil))
    func theSharedRealCollectionsImportWithTheirOwnNumbers() throws {
        let workspace = try DomainWorkspace()
        defer { workspace.remove() }
        let madr = try #require(InteropSamples.realCollection("madr"))
        let output = expectOK(try workspace.run("import", madr, "--json"))
        let object = try #require(try JSONSerialization.jsonObject(with: Data(output.utf8)) as? [String: Any])
        #expect(object["numbering"] as? String == "kept")
        let decisions = try #require(object["decisions"] as? [[String: Any]])
        #expect(decisions.count == 19)
        for decision in decisions {
            let number = try #require(decision["sourceNumber"] as? Int)
            #expect(decision["id"] as? String == "ADR-\(number)", "\(decision)")
        }
        #expect(try workspace.index().first == "ADR-0 accepted Use Markdown Architectural Decision Records")
        // Log4brains names records by dated slugs: they have no numbers, so they follow the highest.
        let log4brains = expectOK(try workspace.run("import", try #require(InteropSamples.realCollection("log4brains"))))
        #expect(log4brains.hasSuffix("9 new, 0 already present; numbered from ADR-19; 28 events recorded\n"), "\(log4brains)")
        // The store's own exports read back are the same decisions, though adr-tools cannot say all MADR says.
        try workspace.expectOwnExportsReadBackAddNothing(decisions: 28)
    }
}
