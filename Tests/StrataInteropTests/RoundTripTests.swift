import Foundation
import Testing
@testable import StrataInterop
import StrataTestSupport

/// Export then import must give back the same titles, numbers, statuses and links.
@Suite struct RoundTripTests {
    /// A collection exercising every status, every link type and awkward titles.
    static let collection: [ADRRecord] = {
        var records = [
            ADRRecord(number: 1, title: "Keep events in JSON", status: .superseded, date: ADRDay(year: 2020, month: 1, day: 2),
                      links: [ADRLink(type: .supersededBy, target: .number(3))]),
            ADRRecord(number: 2, title: "Use \"quotes\", [brackets] & <tags> / slashes", status: .deprecated,
                      links: [ADRLink(type: .amendedBy, target: .number(4)), ADRLink(type: .relatesTo, target: .number(5))]),
            ADRRecord(number: 3, title: "Store events in SQLite 🚀", status: .accepted,
                      links: [ADRLink(type: .supersedes, target: .number(1))]),
            ADRRecord(number: 4, title: "\u{202E}Amend with RTL override", status: .proposed,
                      links: [ADRLink(type: .amends, target: .number(2)), ADRLink(type: .custom("Clarifies"), target: .number(5))]),
            ADRRecord(number: 5, title: "2. Title that starts like a number #", status: .rejected,
                      links: [ADRLink(type: .relatesTo, target: .number(2)), ADRLink(type: .custom("Clarified by"), target: .number(4))]),
            ADRRecord(number: 6, title: "On hold", status: .unknown("on hold")),
        ]
        records[3].statusDetail = "2020-01-01 proposed\n2020-02-01 discussed"
        records[2].deciders = ["Ana", "yes", "O'Brien: lead"]
        records[2].context = "Line one.\n## Decision\nInjected heading above."
        records[2].chosenOption = "SQLite"
        records[2].rationale = "it is embedded"
        records[2].consequences = ADRConsequences(good: ["offline"], bad: ["one writer"], neutral: ["one file"])
        records[2].options = [ADROption(name: "SQLite", pros: ["embedded"]), ADROption(name: "Files", cons: ["no queries"])]
        return records
    }()

    private func expectSameEssentials(_ result: ADRImportResult, _ original: [ADRRecord] = collection) {
        #expect(result.records.map(\.number) == original.map(\.number))
        #expect(result.records.map(\.title) == original.map(\.title))
        #expect(result.records.map(\.status) == original.map(\.status))
        #expect(result.records.map { $0.links.map(\.type) } == original.map { $0.links.map(\.type) })
        #expect(result.records.map { $0.links.map(\.target) } == original.map { $0.links.map(\.target) })
    }

    @Test func adrToolsRoundTrip() throws {
        let result = try RoundTrip.importing(ADRToolsExporter.export(Self.collection))
        expectSameEssentials(result)
        #expect(!result.problems.contains { $0.code.isWarning && $0.code != .unknownStatus })
        let sqlite = result.records[2]
        #expect(sqlite.context == "Line one.\n\\## Decision\nInjected heading above.")
        #expect(sqlite.chosenOption == "SQLite")
        #expect(sqlite.consequences == Self.collection[2].consequences)
        #expect(sqlite.options == Self.collection[2].options)
        #expect(result.records[3].statusDetail == Self.collection[3].statusDetail)
    }

    @Test func madrRoundTrip() throws {
        let result = try RoundTrip.importing(MADRExporter.export(Self.collection))
        expectSameEssentials(result)
        #expect(result.records[2].deciders == ["Ana", "yes", "O'Brien: lead"])
        #expect(result.records[3].statusDetail == Self.collection[3].statusDetail)
        #expect(result.records[2].options == Self.collection[2].options)
        #expect(result.records[0].date == ADRDay(year: 2020, month: 1, day: 2))
        #expect(!result.problems.contains { $0.code.isWarning && $0.code != .unknownStatus })
    }

    @Test func jsonADRRoundTrip() throws {
        let data = JSONADRExporter.encode(Self.collection)
        let result = ADRImporter.readJSONADR(data: data)
        expectSameEssentials(result)
        #expect(result.records[2].consequences == Self.collection[2].consequences)
        #expect(result.records[2].chosenOption == "SQLite")
        #expect(result.records[2].rationale == "it is embedded")
    }

    @Test func jsonADRReadFromDirectory() throws {
        let result = try RoundTrip.importing([JSONADRExporter.export(Self.collection)])
        #expect(result.format == .jsonADR)
        expectSameEssentials(result)
    }

    @Test func importedAdrToolsFilesReexportByteForByte() throws {
        for fixture in [AdrToolsFixtures.supersedeOne, AdrToolsFixtures.supersedeSeveral, AdrToolsFixtures.amendAndClarify] {
            let directory = try TemporaryDirectory(fixture)
            let exported = ADRToolsExporter.export(ADRImporter.read(directory: directory.url).records)
            #expect(Dictionary(uniqueKeysWithValues: exported.map { ($0.relativePath, $0.contents) }) == fixture)
        }
    }

    @Test func recordCodableRoundTrip() throws {
        let data = try JSONEncoder().encode(Self.collection)
        #expect(try JSONDecoder().decode([ADRRecord].self, from: data) == Self.collection)
    }
}
