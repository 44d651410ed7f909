import Foundation
@testable import Strata
import Testing

/// Merging two stores that parted: the domain's rules hold across the merge, and short ids that
/// both sides handed out are renumbered instead of refusing everything.
@Suite struct EventMergeRulesTests {
    /// Two stores with a common past: `target` holds everything `source` had when they parted.
    struct Parted {
        let source: DomainFixture, target: DomainFixture

        init(_ common: (DomainFixture) throws -> Void) throws {
            source = try DomainFixture()
            target = try DomainFixture()
            try common(source)
            try merge()
        }

        func remove() { source.remove(); target.remove() }

        /// Merges all `source` holds now into `target`.
        @discardableResult
        func merge() throws -> EventMergeReport {
            let file = source.directory.appendingPathComponent("events-\(UUID().uuidString).ndjson")
            try EventMergeServiceTests.export(source.log, to: file.path)
            return try EventMergeService(log: target.log).merge(fileAt: file, name: "events.ndjson", actor: "merger")
        }

        func status(_ shortID: String, in side: DomainFixture) throws -> DecisionStatus? {
            try side.decisionsByShortID()[shortID]?.status
        }
    }

    @Test func aTransitionTheOtherSideWouldRefuseIsLeftOutAndReported() throws {
        let stores = try Parted { try $0.decisions.propose(DecisionContent(title: "Use PostgreSQL"), $0.by()) }
        defer { stores.remove() }
        try stores.source.decisions.accept("ADR-1", reason: "measured", stores.source.by("alice"))
        try stores.target.decisions.reject("ADR-1", reason: "too costly", stores.target.by("bob"))
        let report = try stores.merge()
        #expect(report.refused.count == 1)
        #expect(report.refused.first?.code == "illegal-transition" && report.refused.first?.eventType == "decision.accepted")
        #expect(report.refused.first?.message.contains("ADR-1 is rejected") == true)
        #expect(report.appended == 0)
        #expect(try stores.status("ADR-1", in: stores.target) == .rejected)
        #expect(try stores.target.log.verify().isSound)
    }

    @Test func commandsThatFitAreMergedBesideARefusedOne() throws {
        let stores = try Parted { side in
            try side.decisions.propose(DecisionContent(title: "One"), side.by())
            try side.decisions.propose(DecisionContent(title: "Two"), side.by())
        }
        defer { stores.remove() }
        try stores.source.decisions.accept("ADR-1", stores.source.by("alice"))
        try stores.source.decisions.accept("ADR-2", stores.source.by("alice"))
        try stores.target.decisions.accept("ADR-1", stores.target.by("bob"))
        let report = try stores.merge()
        #expect(report.refused.map(\.code) == ["illegal-transition"])
        #expect(report.appended == 1)
        #expect(try stores.status("ADR-2", in: stores.target) == .accepted)
        let acceptedBy = try stores.target.decisionsByShortID()["ADR-1"]?.history.last?.by
        #expect(acceptedBy == "bob")
    }

    @Test func shortIDsBothSidesHandedOutAreRenumberedAndARepeatAddsNothing() throws {
        let stores = try Parted { try $0.decisions.propose(DecisionContent(title: "Shared"), $0.by()) }
        defer { stores.remove() }
        try stores.source.decisions.propose(DecisionContent(title: "There"), stores.source.by())
        try stores.source.decisions.propose(DecisionContent(title: "There too"), stores.source.by())
        try stores.target.decisions.propose(DecisionContent(title: "Here"), stores.target.by())
        let report = try stores.merge()
        #expect(report.refused.isEmpty)
        #expect(report.renumbered.map { "\($0.from)→\($0.to)" } == ["2→3", "3→4"])
        let titles = try stores.target.decisionsByShortID().mapValues(\.content.title)
        #expect(titles == ["ADR-1": "Shared", "ADR-2": "Here", "ADR-3": "There", "ADR-4": "There too"])
        #expect(try stores.target.log.verify().isSound)
        let again = try stores.merge()
        #expect(again.appended == 0 && again.refused.isEmpty && again.renumbered.isEmpty)
        #expect(try stores.target.decisionsByShortID().count == 4)
    }

    @Test func aRenumberedEntityKeepsItsLinksAndLaterFacts() throws {
        let stores = try Parted { _ in }
        defer { stores.remove() }
        try stores.target.decisions.propose(DecisionContent(title: "Here"), stores.target.by())
        try stores.source.decisions.propose(DecisionContent(title: "There"), stores.source.by())
        try stores.source.decisions.propose(DecisionContent(title: "Follow-up"), stores.source.by())
        try stores.source.decisions.link("ADR-2", type: "relates-to", to: "ADR-1", stores.source.by())
        try stores.source.decisions.accept("ADR-1", stores.source.by("alice"))
        let report = try stores.merge()
        #expect(report.refused.isEmpty)
        let decisions = try stores.target.decisionsByShortID()
        #expect(decisions["ADR-2"]?.content.title == "There" && decisions["ADR-2"]?.status == .accepted)
        #expect(decisions["ADR-3"]?.links.first?.decision == decisions["ADR-2"]?.ref.id)
    }

    @Test func aContextNameBothSidesTookIsRefusedWithWhatDependsOnIt() throws {
        let stores = try Parted { _ in }
        defer { stores.remove() }
        try stores.target.contexts.define(name: "billing", stores.target.by())
        try stores.source.contexts.define(name: "Billing", stores.source.by())
        try stores.source.addWorkload(#"{"name":"invoices","accessPatterns":["key-lookup"]}"#)
        let report = try stores.merge()
        #expect(report.refused.map(\.code) == ["name-taken", "not-found"])
        #expect(report.appended == 0)
        #expect(try stores.target.types() == ["context.defined", "shortid.allocated"])
    }
}
