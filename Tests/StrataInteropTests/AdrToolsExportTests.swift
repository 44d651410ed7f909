import Testing
@testable import StrataInterop

@Suite struct AdrToolsExportTests {
    private func files(_ exported: [ExportedFile]) -> [String: String] {
        Dictionary(uniqueKeysWithValues: exported.map { ($0.relativePath, $0.contents) })
    }

    @Test func firstRecordMatchesAdrToolsByteForByte() {
        let exported = ADRToolsExporter.export([AdrToolsFixtures.record(1, "The First Decision")])
        #expect(files(exported) == ["0001-the-first-decision.md": AdrToolsFixtures.file(1, "The First Decision")])
    }

    @Test func initRecordNameAndHeading() {
        let record = ADRRecord(number: 1, title: "Record architecture decisions", status: .accepted,
                               date: ADRDay(year: 1992, month: 1, day: 12))
        let file = ADRToolsExporter.export([record])[0]
        #expect(file.relativePath == "0001-record-architecture-decisions.md")
        #expect(file.contents.hasPrefix("# 1. Record architecture decisions\n\nDate: 1992-01-12\n\n## Status\n\nAccepted\n\n## Context\n"))
    }

    @Test func funnyCharacterTitlesGetAdrToolsSlugs() {
        let titles = ["Something About Node.JS", "Slash/Slash/Slash/", "-- \"-Bar-\""]
        let records = titles.enumerated().map { AdrToolsFixtures.record($0.offset + 1, $0.element) }
        let exported = ADRToolsExporter.export(records)
        #expect(exported.map(\.relativePath) == [
            "0001-something-about-node-js.md", "0002-slash-slash-slash.md", "0003-bar.md",
        ])
        #expect(exported[2].contents == AdrToolsFixtures.file(3, "-- \"-Bar-\""))
    }

    @Test func supersedeOneMatchesAdrTools() {
        let records = [
            AdrToolsFixtures.record(1, "First Record", status: .superseded,
                                    links: [AdrToolsFixtures.link(.supersededBy, 2, "Second Record")]),
            AdrToolsFixtures.record(2, "Second Record", links: [AdrToolsFixtures.link(.supersedes, 1, "First Record")]),
        ]
        #expect(files(ADRToolsExporter.export(records)) == AdrToolsFixtures.supersedeOne)
    }

    @Test func supersedeSeveralMatchesAdrTools() {
        let records = [
            AdrToolsFixtures.record(1, "First Record", status: .superseded,
                                    links: [AdrToolsFixtures.link(.supersededBy, 3, "Third Record")]),
            AdrToolsFixtures.record(2, "Second Record", status: .superseded,
                                    links: [AdrToolsFixtures.link(.supersededBy, 3, "Third Record")]),
            AdrToolsFixtures.record(3, "Third Record", links: [
                AdrToolsFixtures.link(.supersedes, 1, "First Record"),
                AdrToolsFixtures.link(.supersedes, 2, "Second Record"),
            ]),
        ]
        #expect(files(ADRToolsExporter.export(records)) == AdrToolsFixtures.supersedeSeveral)
    }

    @Test func amendAndCustomLinksMatchAdrTools() {
        #expect(files(ADRToolsExporter.export(AdrToolsFixtures.amendAndClarifyRecords)) == AdrToolsFixtures.amendAndClarify)
    }

    @Test func linkTextFollowsTheTargetsCurrentTitle() {
        var records = AdrToolsFixtures.amendAndClarifyRecords
        records[0].title = "First Record Renamed"
        let third = ADRToolsExporter.export(records)[2].contents
        #expect(third.contains("Amends [1. First Record Renamed](0001-first-record-renamed.md)\n"))
    }

    @Test func tableOfContentsMatchesAdrTools() {
        let records = [AdrToolsFixtures.record(2, "Second Decision"), AdrToolsFixtures.record(1, "First Decision")]
        #expect(ADRToolsExporter.tableOfContents(records) == """
            # Architecture Decision Records

            * [1. First Decision](0001-first-decision.md)
            * [2. Second Decision](0002-second-decision.md)

            """)
    }

    @Test func tableOfContentsWithIntroOutroAndPrefix() {
        let toc = ADRToolsExporter.tableOfContents(
            [AdrToolsFixtures.record(1, "First Decision")],
            intro: "Intro line one.\n\nIntro line two.\n", outro: "The end.\n", linkPrefix: "foo/doc/adr/")
        #expect(toc == """
            # Architecture Decision Records

            Intro line one.

            Intro line two.

            * [1. First Decision](foo/doc/adr/0001-first-decision.md)

            The end.

            """)
    }

    @Test func unnumberedRecordsAreNumberedAfterTheHighestAndLinksFollow() {
        let old = ADRRecord(title: "Old way", status: .superseded,
                            links: [ADRLink(type: .supersededBy, target: .file("20201016-new-way.md"))],
                            sourcePath: "20200926-old-way.md")
        let new = ADRRecord(title: "New way", status: .accepted,
                            links: [ADRLink(type: .supersedes, target: .file("20200926-old-way.md"))],
                            sourcePath: "20201016-new-way.md")
        let exported = ADRToolsExporter.export([AdrToolsFixtures.record(4, "Existing"), old, new])
        #expect(exported.map(\.relativePath) == ["0004-existing.md", "0005-old-way.md", "0006-new-way.md"])
        #expect(exported[1].contents.contains("## Status\n\nSuperceded by [6. New way](0006-new-way.md)\n\n## Context"))
        #expect(exported[2].contents.contains("Accepted\n\nSupercedes [5. Old way](0005-old-way.md)\n"))
    }

    @Test func madrFieldsAreAppendedAfterConsequences() {
        var record = AdrToolsFixtures.record(1, "Pick a queue")
        record.options = [ADROption(name: "Kafka", pros: ["durable"]), ADROption(name: "SQS")]
        record.confirmation = "Load test passes."
        let contents = ADRToolsExporter.export([record])[0].contents
        #expect(contents.hasSuffix("""
            ## Considered Options

            * Kafka
            * SQS

            ## Pros and Cons of the Options

            ### Kafka

            * Good, because durable

            ## Confirmation

            Load test passes.

            """))
    }
}
