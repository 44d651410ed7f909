import Foundation
import Testing
@testable import StrataInterop
import StrataTestSupport

@Suite struct AdrToolsImportTests {
    private func importing(_ files: [String: String]) throws -> ADRImportResult {
        let directory = try TemporaryDirectory(files)
        return ADRImporter.read(directory: directory.url)
    }

    @Test func firstRecordIsReadCompletely() throws {
        let result = try importing(["0001-the-first-decision.md": AdrToolsFixtures.file(1, "The First Decision")])
        #expect(result.format == .adrTools)
        #expect(result.problems.isEmpty)
        #expect(result.records == [AdrToolsFixtures.record(1, "The First Decision")])
    }

    @Test func multipleRecordsAreSortedByNumber() throws {
        let result = try importing([
            "0003-third.md": AdrToolsFixtures.file(3, "Third"),
            "0001-first.md": AdrToolsFixtures.file(1, "First"),
            "0002-second.md": AdrToolsFixtures.file(2, "Second"),
            "README.md": "# Architecture Decision Records\n\n* [1. First](0001-first.md)\n",
        ])
        #expect(result.records.map(\.number) == [1, 2, 3])
        #expect(result.records.map(\.title) == ["First", "Second", "Third"])
    }

    @Test func zeroPaddedNumbersAreDecimalNotOctal() throws {
        var files: [String: String] = [:]
        for number in 1...9 {
            files[ADRNumber.padded(number) + "-decision-\(number).md"] = AdrToolsFixtures.file(number, "Decision \(number)")
        }
        let result = try importing(files)
        #expect(result.records.map(\.number) == Array(1...9).map(Optional.some))
        #expect(result.problems.isEmpty)
    }

    @Test func explicitFormatChoosesTheDefaultStatus() throws {
        let directory = try TemporaryDirectory(["0001-bare.md": "# 1. Bare\n\n## Context\n\nNo status anywhere.\n"])
        #expect(ADRImporter.read(directory: directory.url, format: .adrTools).records.first?.status == .proposed)
        #expect(ADRImporter.read(directory: directory.url, format: .madr).records.first?.status == .accepted)
        #expect(ADRImporter.read(directory: directory.url).format == .madr)
    }

    @Test func funnyCharacterTitlesAreKeptVerbatim() throws {
        let titles = ["Something About Node.JS", "Slash/Slash/Slash/", "-- \"-Bar-\""]
        var files: [String: String] = [:]
        for (offset, title) in titles.enumerated() {
            files[ADRToolsSlug.fileName(number: offset + 1, title: title)] = AdrToolsFixtures.file(offset + 1, title)
        }
        let result = try importing(files)
        #expect(result.records.map(\.title) == titles)
        #expect(result.records.compactMap(\.sourcePath) == [
            "0001-something-about-node-js.md", "0002-slash-slash-slash.md", "0003-bar.md",
        ])
    }

    @Test func supersedingOneRecordLinksBothWays() throws {
        let result = try importing(AdrToolsFixtures.supersedeOne)
        #expect(result.problems.isEmpty)
        #expect(result.records == [
            AdrToolsFixtures.record(1, "First Record", status: .superseded,
                                    links: [AdrToolsFixtures.link(.supersededBy, 2, "Second Record")]),
            AdrToolsFixtures.record(2, "Second Record",
                                    links: [AdrToolsFixtures.link(.supersedes, 1, "First Record")]),
        ])
    }

    @Test func supersedingSeveralRecordsKeepsLinkOrder() throws {
        let result = try importing(AdrToolsFixtures.supersedeSeveral)
        #expect(result.records.map(\.status) == [.superseded, .superseded, .accepted])
        #expect(result.records[2].links.map(\.target) == [.number(1), .number(2)])
        #expect(result.records[2].links.map(\.type) == [.supersedes, .supersedes])
        #expect(result.records[0].links.map(\.target) == [.number(3)])
    }

    @Test func amendAndCustomLinksAreTyped() throws {
        let result = try importing(AdrToolsFixtures.amendAndClarify)
        #expect(result.problems.isEmpty)
        #expect(result.records == AdrToolsFixtures.amendAndClarifyRecords)
    }

    @Test func supersedingAProposedRecordKeepsProposed() throws {
        let result = try importing([
            "0001-first.md": AdrToolsFixtures.file(1, "First", status: "Proposed\n\nSuperceded by [2. Second](0002-second.md)"),
            "0002-second.md": AdrToolsFixtures.file(2, "Second", status: "Accepted\n\nSupercedes [1. First](0001-first.md)"),
        ])
        #expect(result.records[0].status == .proposed)
        #expect(result.records[0].links.map(\.type) == [.supersededBy])
        let codes = ADRLinter.lint(records: result.records).map(\.code)
        #expect(codes == [.statusContradictsLinks])
    }

    @Test func statusProseIsKeptAsDetail() throws {
        let result = try importing([
            "0001-first.md": AdrToolsFixtures.file(1, "First", status: "Deprecated\n\nNo longer applies since the 2020 rewrite."),
        ])
        #expect(result.records[0].status == .deprecated)
        #expect(result.records[0].statusDetail == "No longer applies since the 2020 rewrite.")
    }

    @Test func correctSupersedeSpellingAndAnchorsAreAccepted() throws {
        let result = try importing([
            "0001-first.md": AdrToolsFixtures.file(1, "First", status: "Superseded by [2. Second](./0002-second.md#top)"),
            "0002-second.md": AdrToolsFixtures.file(2, "Second", status: "Accepted\n\nSupersedes [1. First](0001-first.md)"),
        ])
        #expect(result.records[0].links.map(\.target) == [.number(2)])
        #expect(result.records[0].status == .superseded)
        #expect(ADRLinter.lint(records: result.records).isEmpty)
    }

    @Test func legacyDatesAreReadDayFirstAndReported() throws {
        let result = try importing(["0001-first.md": AdrToolsFixtures.file(1, "First", date: "12/01/1992")])
        #expect(result.records[0].date == ADRDay(year: 1992, month: 1, day: 12))
        #expect(result.records[0].dateText == "12/01/1992")
        #expect(result.problems.map(\.code) == [.ambiguousDate])
        #expect(result.problems.first?.line == 3)
    }

    @Test func headingNumberDisagreeingWithFileNameIsReported() throws {
        let result = try importing(["0004-first.md": AdrToolsFixtures.file(7, "First")])
        #expect(result.records[0].number == 4)
        #expect(result.problems.map(\.code) == [.numberMismatch])
    }

    @Test func variantHeadingsAndStatusPlacementAreRead() throws {
        let text = """
            # ADR015: Use IAM roles

            ## Decision

            Roles everywhere.

            ## Status

            Superceded by [ADR032](ADR032-aws-iam-authentication.md)

            """
        let result = try importing(["ADR015-aws-iam.md": text])
        let record = try #require(result.records.first)
        #expect(record.number == 15)
        #expect(record.title == "Use IAM roles")
        #expect(record.status == .superseded)
        #expect(record.decision == "Roles everywhere.")
        #expect(result.problems.map(\.code).contains(.danglingLink))
    }
}
