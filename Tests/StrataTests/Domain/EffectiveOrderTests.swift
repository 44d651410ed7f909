import Foundation
import Testing
import Strata

/// Valid times follow the facts they depend on (issue 14): a decision is accepted or rejected
/// no earlier than proposed, superseded or deprecated no earlier than accepted, and nothing
/// about an entity takes effect before the entity existed.
@Suite("Effective order")
struct EffectiveOrderTests {
    private func day(_ text: String) throws -> Timestamp { try #require(Timestamp(parsing: text)) }

    private func propose(_ f: DomainFixture, _ title: String, on date: String, links: [DecisionLink] = []) throws {
        try f.decisions.propose(DecisionContent(title: title, links: links), f.by(effective: day(date)))
    }

    private func adopt(_ name: String, in context: String = "C-1") -> ArchitectureEffect {
        .adoptStore(technology: .catalogue(.postgresql), name: name, context: context, role: .primary, workloads: [], justifications: [.freeText(text: "needed")])
    }

    @Test func theRuleRefusesOnlyAnInstantBeforeTheFactItFollows() throws {
        let since = try day("2024-01-10"), before = try day("2024-01-09")
        try EffectiveOrder.check(since, follows: since, subject: "ADR-1", was: "proposed", action: "be accepted")
        #expect(throws: CommandRejection.invariant(
            "ADR-1 was proposed effective 2024-01-10, so it cannot be accepted effective 2024-01-09",
            code: .effectiveTooEarly, hint: .notBefore("2024-01-10", field: .effective, repropose: "ADR-1"))) {
            try EffectiveOrder.check(before, follows: since, subject: "ADR-1", was: "proposed", action: "be accepted", repropose: "ADR-1")
        }
    }

    @Test func onOneDayTheRefusalNamesBothTimesExactly() throws {
        let proposed = try day("2024-01-10T15:30:00Z"), midnight = try day("2024-01-10")
        #expect(throws: CommandRejection.invariant(
            "ADR-1 was proposed effective 2024-01-10T15:30:00.000000Z, so it cannot be accepted effective 2024-01-10",
            code: .effectiveTooEarly, hint: .notBefore("2024-01-10T15:30:00.000000Z", field: .effective, repropose: nil))) {
            try EffectiveOrder.check(midnight, follows: proposed, subject: "ADR-1", was: "proposed", action: "be accepted")
        }
    }

    @Test func acceptAndRejectComeNoEarlierThanTheProposal() throws {
        let f = try DomainFixture(); defer { f.remove() }
        try propose(f, "A", on: "2024-01-10")
        let hint = RejectionHint.notBefore("2024-01-10", field: .effective, repropose: "ADR-1")
        #expect(try f.refuses(code: "effective-too-early", hint: hint) { try f.decisions.accept("ADR-1", f.by(effective: day("2024-01-09"))) })
        #expect(try f.refuses(containing: "cannot be rejected effective 2024-01-05") {
            try f.decisions.reject("ADR-1", reason: "no", f.by(effective: day("2024-01-05")))
        })
        try f.decisions.accept("ADR-1", f.by(effective: day("2024-01-10")))
        #expect(try f.decisions.state(of: "ADR-1").state.acceptedAt == day("2024-01-10"))
    }

    @Test func aProposalRecordedWithoutAnEffectiveTimeWasProposedWhenRecorded() throws {
        let f = try DomainFixture(); defer { f.remove() }
        try f.decisions.propose(DecisionContent(title: "A"), f.by())
        let proposedAt = try f.decisions.state(of: "ADR-1").state.proposedAt
        #expect(try f.refuses(containing: "ADR-1 was proposed effective \(proposedAt.day), so it cannot be accepted effective 2021-03-01") {
            try f.decisions.accept("ADR-1", f.by(effective: day("2021-03-01")))
        })
        try f.decisions.accept("ADR-1", f.by())
    }

    @Test func deprecateAndSupersedeComeNoEarlierThanTheAcceptances() throws {
        let f = try DomainFixture(); defer { f.remove() }
        try propose(f, "A", on: "2024-01-01")
        try f.decisions.accept("ADR-1", f.by(effective: day("2024-02-01")))
        #expect(try f.refuses(containing: "ADR-1 was accepted effective 2024-02-01, so it cannot be deprecated effective 2024-01-15") {
            try f.decisions.deprecate("ADR-1", reason: "gone", f.by(effective: day("2024-01-15")))
        })
        try propose(f, "B", on: "2024-01-20")
        try f.decisions.accept("ADR-2", f.by(effective: day("2024-03-01")))
        #expect(try f.refuses(containing: "ADR-2 was accepted effective 2024-03-01, so it cannot supersede ADR-1 effective 2024-02-15") {
            try f.decisions.supersede("ADR-1", by: ["ADR-2"], reason: "better", f.by(effective: day("2024-02-15")))
        })
        try f.decisions.supersede("ADR-1", by: ["ADR-2"], reason: "better", f.by(effective: day("2024-03-01")))
        #expect(try f.refuses(containing: "ADR-2 was accepted effective 2024-03-01, so it cannot be deprecated effective 2024-02-20") {
            try f.decisions.deprecate("ADR-2", reason: "gone", f.by(effective: day("2024-02-20")))
        })
    }

    @Test func acceptingADeclaredSupersessionComesNoEarlierThanTheTargetsAcceptance() throws {
        let f = try DomainFixture(); defer { f.remove() }
        try propose(f, "Old", on: "2024-01-01")
        try f.decisions.accept("ADR-1", f.by(effective: day("2024-02-01")))
        let supersedes = [DecisionLink(type: DecisionLink.supersedes, decision: "ADR-1")]
        #expect(try f.refuses(containing: "ADR-1 was proposed effective 2024-01-01, so it cannot be linked from a proposal effective 2023-12-01") {
            try propose(f, "New", on: "2023-12-01", links: supersedes)
        })
        try propose(f, "New", on: "2024-01-15", links: supersedes)
        #expect(try f.refuses(containing: "ADR-1 was accepted effective 2024-02-01, so it cannot be superseded effective 2024-01-20") {
            try f.decisions.accept("ADR-2", f.by(effective: day("2024-01-20")))
        })
        #expect(try f.decisions.accept("ADR-2", f.by(effective: day("2024-02-10"))).eventTypes == ["decision.accepted", "decision.superseded"])
    }

    @Test func nothingAboutAContextOrWorkloadTakesEffectBeforeIt() throws {
        let f = try DomainFixture(); defer { f.remove() }
        try f.contexts.define(name: "catalog", f.by(effective: day("2024-01-01")))
        let search = #"{"name":"product-search","accessPatterns":["full-text"]}"#
        #expect(try f.refuses(containing: "C-1 was defined effective 2024-01-01, so it cannot be given workload 'product-search' effective 2023-12-01") {
            try f.addWorkload(search, effective: day("2023-12-01"))
        })
        #expect(try f.refuses(containing: "C-1 was defined effective 2024-01-01, so it cannot be described effective 2023-06-01") {
            try f.contexts.describe("C-1", description: "what we sell", f.by(effective: day("2023-06-01")))
        })
        try f.addWorkload(search, effective: day("2024-01-02"))
        #expect(try f.refuses(code: "effective-too-early", hint: .notBefore("2024-01-02", field: .observed, repropose: nil)) {
            try f.measurements.record(.init(metric: .cpuPercent, value: 50, source: .production), about: "W-1", f.by(effective: day("2024-01-01")))
        })
        #expect(try f.refuses(containing: "W-1 was added effective 2024-01-02, so it cannot be retired effective 2024-01-01") {
            try f.workloads.retire("W-1", f.by(effective: day("2024-01-01")))
        })
        try f.measurements.record(.init(metric: .cpuPercent, value: 50, source: .production), about: "W-1", f.by(effective: day("2024-01-02")))
    }

    @Test func aDecisionNamesOnlyWhatExistedWhenItWasProposed() throws {
        let f = try DomainFixture(); defer { f.remove() }
        try f.contexts.define(name: "catalog", f.by(effective: day("2024-01-01")))
        #expect(try f.refuses(containing: "C-1 was defined effective 2024-01-01, so it cannot be the subject of a proposal effective 2023-12-31") {
            try f.decisions.propose(DecisionContent(title: "About it", context: "C-1"), f.by(effective: day("2023-12-31")))
        })
        #expect(try f.refuses(containing: "C-1 was defined effective 2024-01-01, so it cannot be given store 'main-db' effective 2023-12-31") {
            try f.decisions.propose(DecisionContent(title: "Postgres", effects: [adopt("main-db")]), f.by(effective: day("2023-12-31")))
        })
        try f.decisions.propose(DecisionContent(title: "Postgres", effects: [adopt("main-db")]), f.by(effective: day("2024-01-05")))
        try f.decisions.accept("ADR-1", f.by(effective: day("2024-01-06")))
        #expect(try f.refuses(containing: "S-1 was adopted effective 2024-01-06, so it cannot be retired effective 2024-01-04") {
            try f.decisions.propose(DecisionContent(title: "Drop it", effects: [.retireStore(store: "S-1")]), f.by(effective: day("2024-01-04")))
        })
        try f.decisions.propose(DecisionContent(title: "Drop it", effects: [.retireStore(store: "S-1")]), f.by(effective: day("2024-01-07")))
    }
}
