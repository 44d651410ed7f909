import Foundation
import GRDB
import Testing
@testable import Strata
import StrataTestSupport

@Suite struct DecisionImportServiceTests {
    @Test func statusesBecomeLifecycleEventsAtTheRecordsDate() throws {
        let store = try DomainFixture()
        defer { store.remove() }
        let report = try store.importer.importDecisions(ImportSamples.collection, store.by())
        #expect(report.numbering == .kept)
        #expect(report.imported.map(\.ref.shortID) == ["ADR-1", "ADR-2", "ADR-3"])
        #expect(try store.types() == [
            "decision.proposed", "decision.accepted", "decision.superseded",
            "decision.proposed", "decision.accepted", "decision.proposed", "decision.accepted",
            "shortid.allocated", "shortid.allocated", "shortid.allocated",
        ])
        let decisions = try store.decisionsByShortID()
        let first = try #require(decisions["ADR-1"]), second = try #require(decisions["ADR-2"])
        #expect(first.status == .superseded)
        #expect(first.supersededBy == [second.ref.id])
        #expect(first.history.allSatisfy { $0.effectiveAt == ImportSamples.day })
        #expect(first.history.allSatisfy { $0.recordedAt != ImportSamples.day })
        let proposed = try #require(try store.log.events().first.flatMap { try DecisionProposed.decode($0) })
        #expect(proposed.source?.path == "#1.md")
    }

    @Test func everyImportedLifecycleIsInEffectiveOrderEvenWithoutADate() throws {
        let store = try DomainFixture()
        defer { store.remove() }
        // An undated record superseded by a dated one: proposed and accepted when imported, so
        // superseded then too, not at its successor's earlier date.
        try store.importer.importDecisions([
            ImportSamples.record(1, "Undated", status: .superseded, links: [ImportedLink(type: "superseded-by", target: "#2")], date: nil),
            ImportSamples.record(2, "Dated", links: [ImportedLink(type: "supersedes", target: "#1")]),
        ], store.by())
        let decisions = try store.decisionsByShortID()
        let undated = try #require(decisions["ADR-1"]), dated = try #require(decisions["ADR-2"])
        let day = try #require(ImportSamples.day)
        #expect(undated.status == .superseded && undated.history.map(\.status) == [.proposed, .accepted, .superseded])
        #expect(undated.history.allSatisfy { $0.effectiveAt == undated.proposedAt } && undated.proposedAt > day)
        #expect(dated.history.allSatisfy { $0.effectiveAt == day })
    }

    @Test func linksAreStoredForwardOnceWhicheverEndWroteThem() throws {
        let store = try DomainFixture()
        defer { store.remove() }
        try store.importer.importDecisions(ImportSamples.collection, store.by())
        let decisions = try store.decisionsByShortID()
        let ids = decisions.mapValues(\.ref.id)
        #expect(decisions["ADR-1"]?.links == [])
        #expect(decisions["ADR-2"]?.links == [DecisionLink(type: "supersedes", decision: try #require(ids["ADR-1"]))])
        #expect(decisions["ADR-3"]?.links == [
            DecisionLink(type: "amends", decision: try #require(ids["ADR-2"])),
            DecisionLink(type: "clarifies", decision: try #require(ids["ADR-1"])),
        ])
    }

    @Test func reimportingTheSameRecordsAddsNothing() throws {
        let store = try DomainFixture()
        defer { store.remove() }
        try store.importer.importDecisions(ImportSamples.collection, store.by())
        let before = try store.head()
        let again = try store.importer.importDecisions(ImportSamples.collection, store.by("bob"))
        #expect(again.imported.isEmpty)
        #expect(again.alreadyPresent.map(\.ref.shortID) == ["ADR-1", "ADR-2", "ADR-3"])
        #expect(again.eventCount == 0 && again.numbering == .none)
        #expect(try store.head() == before)
    }

    @Test func onlyTheCollidingNumberIsRenumberedAfterTheHighest() throws {
        let store = try DomainFixture()
        defer { store.remove() }
        try store.decisions.propose(DecisionContent(title: "Native"), store.by())
        let report = try store.importer.importDecisions(ImportSamples.collection, store.by())
        #expect(report.numbering == .renumbered)
        #expect(report.imported.map(\.ref.shortID) == ["ADR-4", "ADR-2", "ADR-3"])
        #expect(report.imported.map(\.source.number) == [1, 2, 3])
        #expect(report.notes.contains { $0.message.contains("number 1 is taken: ADR-1 is 'Native', recorded in Strata; recorded as ADR-4") })
        #expect(try store.decisionsByShortID()["ADR-4"]?.content.title == "First Record")
    }

    @Test func numbersTheSourceSkippedStayUnused() throws {
        let store = try DomainFixture()
        defer { store.remove() }
        let report = try store.importer.importDecisions([ImportSamples.record(2, "Two"), ImportSamples.record(5, "Five")], store.by())
        #expect(report.imported.map(\.ref.shortID) == ["ADR-2", "ADR-5"])
        #expect(throws: CommandRejection.self) { try store.decisions.state(of: "ADR-3") }
        #expect(try store.decisions.state(of: "ADR-5").state.content.title == "Five")
        try store.decisions.propose(DecisionContent(title: "Next"), store.by())
        #expect(try store.decisions.state(of: "ADR-6").state.content.title == "Next")
    }

    @Test func unnumberedRecordsAreNumberedInSourceOrder() throws {
        let store = try DomainFixture()
        defer { store.remove() }
        let records = [ImportSamples.record(nil, "b-slug"), ImportSamples.record(nil, "a-slug")]
        let report = try store.importer.importDecisions(records, store.by())
        #expect(report.imported.map(\.ref.shortID) == ["ADR-1", "ADR-2"])
        #expect(report.imported.map(\.title) == ["b-slug", "a-slug"])
    }

    @Test func dryRunWritesNothing() throws {
        let store = try DomainFixture()
        defer { store.remove() }
        let before = try fileBytes(store.path)
        let report = try store.importer.importDecisions(ImportSamples.collection, store.by(), dryRun: true)
        #expect(report.dryRun && report.imported.count == 3 && report.eventCount == 10)
        #expect(try store.head() == 0)
        #expect(try fileBytes(store.path) == before)
    }

    @Test func aFailureMidWayLeavesTheStoreByteIdentical() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let path = directory.path("store.db")
        try DecisionService(log: SQLiteEventLog.create(at: path)).propose(DecisionContent(title: "Kept"), CommandContext(actor: "ann"))
        let failing = try SQLiteEventLog.open(at: path, hooks: [FailAfterInsert()])
        let before = try fileBytes(path)
        #expect(throws: FailAfterInsert.Failure.self) {
            try DecisionImportService(log: failing).importDecisions(ImportSamples.collection, CommandContext(actor: "ann"))
        }
        #expect(try fileBytes(path) == before)
        #expect(try failing.head().position == 2)
    }

    @Test func whatCannotBeMappedIsReportedNotFatal() throws {
        let store = try DomainFixture()
        defer { store.remove() }
        let records = [
            ImportSamples.record(1, "Orphan", status: .superseded, links: [ImportedLink(type: "amends", target: "#9")]),
            ImportSamples.record(2, "  "),
            ImportSamples.record(3, "Self", links: [ImportedLink(type: "relates-to", target: "#3")]),
        ]
        let report = try store.importer.importDecisions(records, store.by())
        #expect(report.imported.map(\.title) == ["Orphan", "Self"])
        let messages = report.notes.map(\.description)
        #expect(messages.contains { $0.hasPrefix("#1.md:") && $0.contains("'#9' names no imported record") })
        #expect(messages.contains { $0.hasPrefix("#1.md:") && $0.contains("no imported record names its successor") })
        #expect(messages.contains { $0.hasPrefix("#2.md:") && $0.contains("no title") })
        #expect(messages.contains { $0.hasPrefix("#3.md:") && $0.contains("points to itself") })
        #expect(try store.decisionsByShortID()["ADR-1"]?.status == .superseded)
    }

    @Test func extrasAndSourceSurviveInThePayloadAndOldPayloadsStillDecode() throws {
        let store = try DomainFixture()
        defer { store.remove() }
        var record = ImportSamples.record(1, "With extras")
        record.content.extras = DecisionExtras(consequencesText: "Prose.", sections: [DecisionSection(name: "Notes", body: "Kept.")])
        try store.importer.importDecisions([record], store.by())
        #expect(try store.decisionsByShortID()["ADR-1"]?.content.extras?.sections == [DecisionSection(name: "Notes", body: "Kept.")])
        let old = #"{"by":"ann","content":{"title":"Old"},"decisionID":"x","number":1}"#
        let decoded = try JSONDecoder().decode(DecisionProposed.self, from: Data(old.utf8))
        #expect(decoded.content.extras == nil && decoded.source == nil)
        let json = DecisionProposed(decisionID: "x", number: 1, content: DecisionContent(title: "Old"), by: "ann").encodedJSON()
        #expect(!json.contains("extras") && !json.contains("source"))
    }
}

/// A hook that fails after the events are inserted, inside the append's transaction.
struct FailAfterInsert: AppendHook {
    struct Failure: Error {}
    func didAppend(_ events: [RecordedEvent], in db: Database) throws { throw Failure() }
}
