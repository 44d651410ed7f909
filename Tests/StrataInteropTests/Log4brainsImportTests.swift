import Foundation
import Testing
@testable import StrataInterop
import StrataTestSupport

@Suite struct Log4brainsImportTests {
    static let superseded = """
        # Number records

        - Status: superseded by [20201029-name-records](20201029-name-records.md)
        - Date: 2020-10-28
        - Tags: ids, naming architecture

        ## Context and Problem Statement

        Records need identifiers.

        """

    static let superseder = """
        # Name records

        - Status: accepted
        - Deciders: Ana, Bo
        - Date: 2020-10-29

        ## Decision Outcome

        Slugs are the identifiers.

        ## Links

        - Supersedes [20201028-number-records](20201028-number-records.md)
        - <https://example.com/background>

        """

    @Test func supersedePairIsReadWithSlugTargets() throws {
        let directory = try TemporaryDirectory([
            "20201028-number-records.md": Self.superseded,
            "20201029-name-records.md": Self.superseder,
            "template.md": "# [short title]\n\n- Status: [draft | proposed]\n",
            "index.md": "Welcome\n",
        ])
        let result = ADRImporter.read(directory: directory.url)
        #expect(result.format == .log4brains)
        // The reserved files Log4brains keeps are skipped, each with a note that is no warning.
        #expect(result.problems.map(\.code) == [.skippedIndex, .skippedTemplate])
        #expect(!result.problems.contains { $0.code.isWarning })
        #expect(result.records.map(\.number) == [nil, nil])
        #expect(result.records.map(\.title) == ["Number records", "Name records"])
        let old = result.records[0], new = result.records[1]
        #expect(old.status == .superseded)
        #expect(old.tags == ["ids", "naming", "architecture"])
        #expect(old.links.map(\.target) == [.file("20201029-name-records.md")])
        #expect(new.links.map(\.type) == [.supersedes])
        #expect(new.links.map(\.target) == [.file("20201028-number-records.md")])
        #expect(new.decision == "Slugs are the identifiers.")
        #expect(new.extraSections == [ADRSection(name: "Links", body: "- <https://example.com/background>")])
        #expect(ADRLinter.lint(records: result.records, problems: result.problems).isEmpty)
    }

    @Test func missingStatusAndDateFallBackToLog4brainsRules() throws {
        let directory = try TemporaryDirectory(["20210105-no-metadata.md": "# No metadata\n\n## Context\n\nNothing else.\n"])
        let result = ADRImporter.read(directory: directory.url)
        let record = try #require(result.records.first)
        #expect(record.status == .accepted)
        #expect(record.date == ADRDay(year: 2021, month: 1, day: 5))
        #expect(Set(result.problems.map(\.code)) == [.missingStatus, .missingDate])
    }

    @Test func draftStatusIsKeptAsUnknown() throws {
        let directory = try TemporaryDirectory(["20210106-drafty.md": "# Drafty\n\n- Status: draft\n- Date: 06/01/2021\n"])
        let result = ADRImporter.read(directory: directory.url)
        #expect(result.records.first?.status == .unknown("draft"))
        #expect(Set(result.problems.map(\.code)) == [.unknownStatus, .ambiguousDate])
    }
}
