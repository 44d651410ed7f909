import Foundation
import Testing
@testable import StrataInterop

/// Imports the real public collections in `../shared/fixtures/adr`; skipped when absent.
@Suite struct RealCollectionTests {
    @Test(.enabled(if: SharedFixtures.collection("log4brains") != nil))
    func log4brainsCollection() throws {
        let directory = try #require(SharedFixtures.collection("log4brains"))
        let result = ADRImporter.read(directory: directory)
        #expect(result.format == .log4brains)
        #expect(result.records.count == 9)
        #expect(result.records.allSatisfy { $0.number == nil && $0.date != nil && !$0.title.isEmpty })
        let dates = result.records.compactMap(\.date)
        #expect(dates == dates.sorted())
        let superseded = result.records.filter { $0.status == .superseded }
        #expect(superseded.compactMap(\.fileName) == ["20200926-use-the-adr-number-as-its-unique-id.md"])
        #expect(superseded.first?.links.map(\.type) == [.supersededBy])
        #expect(superseded.first?.links.map(\.target) == [.file("20201016-use-the-adr-slug-as-its-unique-id.md")])
        let successor = try #require(result.records.first { $0.fileName == "20201016-use-the-adr-slug-as-its-unique-id.md" })
        #expect(successor.links.map(\.type) == [.supersedes])
        #expect(successor.links.map(\.target) == [.file("20200926-use-the-adr-number-as-its-unique-id.md")])
        let lint = ADRLinter.lint(records: result.records, problems: result.problems)
        #expect(!lint.contains { [.danglingLink, .missingReverseLink, .statusContradictsLinks].contains($0.code) })
    }

    @Test(.enabled(if: SharedFixtures.collection("madr") != nil))
    func madrCollection() throws {
        let directory = try #require(SharedFixtures.collection("madr"))
        let result = ADRImporter.read(directory: directory)
        #expect(result.format == .madr)
        #expect(result.records.count == 19)
        #expect(result.records.map(\.number) == Array(0...18).map(Optional.some))
        #expect(result.records.allSatisfy { $0.links.isEmpty })
        #expect(result.records.allSatisfy { $0.otherMetadata["parent"] == "Decisions" })
        let statuses = result.records.map(\.status)
        #expect(statuses.filter { $0 == .accepted }.count == 18)
        #expect(statuses.contains(.unknown("on hold")))
        let missing = result.problems.filter { $0.code == .missingStatus }
        #expect(missing.count == 18)
        #expect(result.records.allSatisfy { $0.chosenOption?.isEmpty == false })
        #expect(!result.problems.contains { $0.code == .invalidFrontMatter })
    }

    @Test(.enabled(if: SharedFixtures.collection("madr") != nil && SharedFixtures.collection("log4brains") != nil))
    func realCollectionsSurviveExportRoundTrips() throws {
        for name in ["madr", "log4brains"] {
            let directory = try #require(SharedFixtures.collection(name))
            let records = ADRImporter.read(directory: directory).records
            for exported in [ADRToolsExporter.export(records), MADRExporter.export(records)] {
                let reimported = try RoundTrip.importing(exported)
                #expect(reimported.records.map(\.title) == records.map(\.title))
                #expect(reimported.records.map(\.status) == records.map(\.status))
                #expect(reimported.records.map { $0.links.map(\.type) } == records.map { $0.links.map(\.type) })
                #expect(reimported.records.map(\.chosenOption) == records.map(\.chosenOption))
            }
        }
    }
}
