import Foundation
import Testing
@testable import StrataInterop

@Suite struct JSONADRTests {
    static let bulk = """
        {
          "version": "1.0.0",
          "generated_at": "2025-01-01T00:00:00Z",
          "tool": {"name": "adrs", "version": "0.5.0"},
          "repository": {"name": "shop", "adr_directory": "doc/adr"},
          "adrs": [
            {"number": 1, "title": "Use Postgres", "status": "superseded", "date": "2024-01-10",
             "deciders": ["Ana"], "tags": ["db"], "context": "We need a database.",
             "considered_options": [{"name": "Postgres", "pros": ["mature"], "cons": ["ops"]}],
             "decision": "Chosen option: \\"Postgres\\", because the team knows it.",
             "consequences": {"positive": ["fast"], "negative": ["ops load"], "risks": ["vendor drift"]},
             "links": [{"type": "superseded-by", "target": 2}],
             "custom_sections": {"Notes": "Written after the outage."},
             "path": "0001-use-postgres.md"},
            {"number": 2, "title": "Use SQLite", "status": "accepted", "date": "2024-06-01",
             "consequences": ["simpler", "one writer"],
             "links": [{"type": "supersedes", "target": 1, "description": "replaces the server"}]},
            {"title": 42}
          ]
        }
        """

    @Test func bulkDocumentIsReadAndBadRecordsReported() {
        let result = ADRImporter.readJSONADR(data: Data(Self.bulk.utf8))
        #expect(result.format == .jsonADR)
        #expect(result.records.count == 2)
        let first = result.records[0]
        #expect(first.status == .superseded)
        #expect(first.date == ADRDay(year: 2024, month: 1, day: 10))
        #expect(first.chosenOption == "Postgres")
        #expect(first.rationale == "the team knows it.")
        #expect(first.options == [ADROption(name: "Postgres", pros: ["mature"], cons: ["ops"])])
        #expect(first.consequences.good == ["fast"])
        #expect(first.extraSections == [ADRSection(name: "Risks", body: "* vendor drift"),
                                        ADRSection(name: "Notes", body: "Written after the outage.")])
        #expect(first.links == [ADRLink(type: .supersededBy, target: .number(2), raw: "superseded-by 2")])
        #expect(result.records[1].consequences.text == "* simpler\n* one writer")
        #expect(result.records[1].links.first?.raw == "replaces the server")
        #expect(result.problems.map(\.code) == [.invalidRecord])
        #expect(ADRLinter.lint(records: result.records).isEmpty)
    }

    @Test func singleRecordAndBareArrayShapesAreAccepted() {
        let single = #"{"version": "1.0.0", "adr": {"number": 3, "title": "One", "status": "proposed", "date": "2024-01-01"}}"#
        #expect(ADRImporter.readJSONADR(data: Data(single.utf8)).records.map(\.number) == [3])
        let array = #"[{"number": 4, "title": "Two", "status": "accepted", "date": "2024-01-01"}]"#
        #expect(ADRImporter.readJSONADR(data: Data(array.utf8)).records.map(\.title) == ["Two"])
    }

    @Test(arguments: ["", "{", "null", "[1, 2]", "{\"adrs\": 5}", "\u{FEFF}{}"])
    func malformedJSONIsReportedNotThrown(text: String) {
        let result = ADRImporter.readJSONADR(data: Data(text.utf8))
        #expect(result.records.isEmpty)
        #expect(!result.problems.isEmpty)
    }

    @Test func missingFieldsAreDefaultedAndReported() {
        let text = #"{"version": "2.0.0", "adrs": [{"title": ""}]}"#
        let result = ADRImporter.readJSONADR(data: Data(text.utf8))
        #expect(result.records.first?.status == .proposed)
        #expect(Set(result.problems.map(\.code)) == [.unsupportedVersion, .missingTitle, .missingNumber, .missingStatus])
    }

    @Test func exportValidatesAgainstTheSchemaShape() throws {
        var unnumbered = ADRRecord(title: "Zero", status: .accepted)
        unnumbered.number = 0
        let records = [AdrToolsFixtures.record(2, "Two"), unnumbered]
        let data = JSONADRExporter.encode(records)
        let object = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        #expect(object["version"] as? String == "1.0.0")
        #expect(Set(object.keys).isSubset(of: ["$schema", "version", "generated_at", "tool", "repository", "adrs"]))
        let adrs = try #require(object["adrs"] as? [[String: Any]])
        #expect(adrs.map { $0["number"] as? Int } == [2, 3])
        let allowed: Set<String> = [
            "number", "title", "status", "date", "deciders", "consulted", "informed", "tags", "context",
            "decision_drivers", "considered_options", "decision", "consequences", "confirmation", "links",
            "custom_sections", "path",
        ]
        for adr in adrs {
            #expect(Set(adr.keys).isSubset(of: allowed))
            #expect(["number", "title", "status", "date"].allSatisfy { adr[$0] != nil })
        }
    }

    @Test func exportIsReproducibleWithoutTimestamp() {
        let records = AdrToolsFixtures.amendAndClarifyRecords
        #expect(JSONADRExporter.export(records) == JSONADRExporter.export(records))
        #expect(JSONADRExporter.export(records).relativePath == "adrs.json")
    }
}
