import Foundation
import Testing
@testable import StrataInterop
import StrataTestSupport

@Suite struct MADRImportTests {
    private func importing(_ files: [String: String], format: ADRFormat? = nil) throws -> ADRImportResult {
        let directory = try TemporaryDirectory(files)
        return ADRImporter.read(directory: directory.url, format: format)
    }

    static let madr4 = """
        ---
        status: "accepted"
        date: 2024-03-05
        decision-makers: Ana, Bo
        consulted:
          - Cy
          # a commented entry
          - Di
        informed: >-
          Everyone on
          the platform team
        parent: Decisions
        ---

        # Store events in SQLite

        ## Context and Problem Statement

        We need an append-only log that runs on a laptop.

        ## Decision Drivers

        * Zero setup
        * Durable writes

        ## Considered Options

        * SQLite
        * PostgreSQL

        ## Decision Outcome

        Chosen option: "SQLite", because it ships with every platform
        and needs no server.

        ### Consequences

        * Good, because tests run offline
        * Bad, because one writer at a time
        * Neutral, because backups copy one file

        ### Confirmation

        The CI job opens a store and appends 10k events.

        ## Pros and Cons of the Options

        ### SQLite

        Embedded database.

        * Good, because no daemon
        * Bad, because no replication

        ### PostgreSQL

        * Good, because replication

        ## More Information

        * Supersedes [Keep events in JSON files](0001-keep-events-in-json-files.md)

        Revisit when we need more than one writer.

        """

    @Test func madr4FrontMatterAndSectionsMapToFields() throws {
        let result = try importing([
            "0002-store-events-in-sqlite.md": Self.madr4,
            "0001-keep-events-in-json-files.md": "# Keep events in JSON files\n\n* Status: superseded by [ADR-0002](0002-store-events-in-sqlite.md)\n",
        ])
        let record = try #require(result.records.last)
        #expect(result.format == .madr)
        #expect(record.number == 2)
        #expect(record.status == .accepted)
        #expect(record.date == ADRDay(year: 2024, month: 3, day: 5))
        #expect(record.deciders == ["Ana", "Bo"])
        #expect(record.consulted == ["Cy", "Di"])
        #expect(record.informed == ["Everyone on the platform team"])
        #expect(record.otherMetadata == ["parent": "Decisions"])
        #expect(record.context == "We need an append-only log that runs on a laptop.")
        #expect(record.decisionDrivers == ["Zero setup", "Durable writes"])
        #expect(record.chosenOption == "SQLite")
        #expect(record.rationale == "it ships with every platform\nand needs no server.")
        #expect(record.consequences == ADRConsequences(
            good: ["tests run offline"], bad: ["one writer at a time"], neutral: ["backups copy one file"]))
        #expect(record.confirmation == "The CI job opens a store and appends 10k events.")
        #expect(record.options == [
            ADROption(name: "SQLite", description: "Embedded database.", pros: ["no daemon"], cons: ["no replication"]),
            ADROption(name: "PostgreSQL", pros: ["replication"]),
        ])
        #expect(record.links.map(\.target) == [.number(1)])
        #expect(record.moreInformation == "Revisit when we need more than one writer.")
        #expect(result.records.first?.status == .superseded)
        #expect(result.problems.isEmpty)
    }

    @Test func madr4StatusNamesSuccessorByIdentifier() throws {
        let result = try importing([
            "0001-old.md": "---\nstatus: \"superseded by ADR-0002\"\n---\n\n# Old\n",
            "0002-new.md": "---\nstatus: accepted\n---\n\n# New\n\n## More Information\n\n* Supersedes [Old](0001-old.md)\n",
        ])
        #expect(result.records[0].status == .superseded)
        #expect(result.records[0].links == [ADRLink(type: .supersededBy, target: .number(2), raw: "superseded by ADR-0002")])
        #expect(ADRLinter.lint(records: result.records, problems: result.problems).isEmpty)
    }

    @Test func madr3StatusWithLinkAndDeciders() throws {
        let text = """
            ---
            status: superseded by [ADR-0005](0005-example.md)
            date: 2022-11-03
            deciders: [Ana, Bo]
            ---
            # Use plain CSS

            ## Context and Problem Statement

            Styling needs a decision.

            ## Validation

            Reviewed in the design meeting.

            """
        let result = try importing(["0004-use-plain-css.md": text, "0005-example.md": "# Example\n\n## Context and Problem Statement\n\nx\n"])
        let record = try #require(result.records.first)
        #expect(record.status == .superseded)
        #expect(record.links.map(\.target) == [.number(5)])
        #expect(record.deciders == ["Ana", "Bo"])
        #expect(record.confirmation == "Reviewed in the design meeting.")
    }

    static let madr2 = """
        # Use Markdown Architectural Decision Records

        * Status: accepted <!-- optional -->
        * Deciders: Ana, Bo <!-- optional -->
        * Date: 2019-05-01 <!-- optional -->

        Technical Story: https://example.com/issues/1

        ## Context and Problem Statement

        We want to record decisions.

        ## Decision Outcome

        Chosen option: "MADR 2.1.2", because it is lean.

        ### Positive Consequences <!-- optional -->

        * Decisions are findable

        ### Negative Consequences <!-- optional -->

        * One more format to learn

        ## Links <!-- optional -->

        * Refined by [ADR-0003](0003-refined.md)
        * [An article](https://example.com/article)

        """

    @Test func madr2BulletHeaderPositiveNegativeAndLinks() throws {
        let result = try importing([
            "0001-use-madr.md": Self.madr2,
            "0003-refined.md": "# Refined\n\n* Status: proposed\n",
        ])
        let record = try #require(result.records.first)
        #expect(record.status == .accepted)
        #expect(record.deciders == ["Ana", "Bo"])
        #expect(record.date == ADRDay(year: 2019, month: 5, day: 1))
        #expect(record.consequences.good == ["Decisions are findable"])
        #expect(record.consequences.bad == ["One more format to learn"])
        #expect(record.links == [ADRLink(type: .custom("Refined by"), target: .number(3), targetTitle: "ADR-0003",
                                         raw: "* Refined by [ADR-0003](0003-refined.md)")])
        #expect(record.extraSections == [
            ADRSection(name: "", body: "Technical Story: https://example.com/issues/1"),
            ADRSection(name: "Links", body: "* [An article](https://example.com/article)"),
        ])
    }

    @Test func headingsInsideCodeFencesAreNotSections() throws {
        let text = """
            # Fenced

            ## Context and Problem Statement

            Example:

            ```markdown
            ## Decision Outcome

            Chosen option: "fake"
            ```

            ## Decision Outcome

            Chosen option: "real"

            """
        let record = try #require(try importing(["0001-fenced.md": text]).records.first)
        #expect(record.chosenOption == "real")
        #expect(record.context.contains("Chosen option: \"fake\""))
    }

    @Test func chosenOptionQuotingVariants() {
        #expect(OutcomeReader.choice(in: #"Chosen option: "Neutral, because …", because it fits."#)
            == .init(option: "Neutral, because …", rest: "it fits."))
        #expect(OutcomeReader.choice(in: #"Chosen option: 'Section "A" first', because order."#)
            == .init(option: #"Section "A" first"#, rest: "order."))
        #expect(OutcomeReader.choice(in: "**Chosen option:** Plain name, because reasons")
            == .init(option: "Plain name", rest: "reasons"))
        #expect(OutcomeReader.choice(in: #"Chosen option: "Option 2: core (with MDX)"."#)
            == .init(option: "Option 2: core (with MDX)", rest: ""))
        #expect(OutcomeReader.choice(in: "We chose nothing.") == nil)
    }

    @Test func frontMatterWithoutTitleHeadingUsesFrontMatterTitle() throws {
        let text = "---\nid: adr013\ntitle: Use node-fetch\ndescription: Fetching\n---\n\nWe use node-fetch everywhere.\n"
        let result = try importing(["adr013-use-node-fetch.md": text])
        let record = try #require(result.records.first)
        #expect(record.title == "Use node-fetch")
        #expect(record.number == 13)
        #expect(record.extraSections == [ADRSection(name: "", body: "We use node-fetch everywhere.")])
        #expect(result.problems.map(\.code).contains(.missingTitle))
    }

    @Test func frontMatterProblemsPointAtTheirLine() throws {
        let result = try importing(["0001-x.md": "---\nstatus: accepted\ndate: 03/04/2020\n---\n# X\n"])
        #expect(result.problems.map(\.code) == [.ambiguousDate])
        #expect(result.problems.first?.line == 3)
        let broken = try importing(["0001-x.md": "---\nstatus: accepted\ndate: [2020\n---\n# X\n"])
        #expect(broken.problems.map(\.code) == [.invalidFrontMatter, .missingStatus])
        #expect(broken.problems.first?.line == 4)
    }

    @Test func frontMatterLinksListIsRead() throws {
        let text = "---\nstatus: accepted\nlinks:\n  - target: 1\n    kind: supersedes\n---\n# Two\n"
        let result = try importing(["0002-two.md": text, "0001-one.md": "---\nstatus: superseded\n---\n# One\n"])
        #expect(result.records[1].links.map(\.type) == [.supersedes])
        #expect(result.records[1].links.map(\.target) == [.number(1)])
    }
}
