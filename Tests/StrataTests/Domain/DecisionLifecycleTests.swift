import Foundation
import Testing
import Strata

@Suite("Decision lifecycle")
struct DecisionLifecycleTests {
    func propose(_ f: DomainFixture, _ title: String, links: [DecisionLink] = []) throws -> RecordedChange {
        try f.decisions.propose(DecisionContent(title: title, links: links), f.by())
    }

    @Test func proposeAcceptAppendExactlyTheirEvents() throws {
        let f = try DomainFixture(); defer { f.remove() }
        let content = DecisionContent(
            title: "Use Postgres", options: [DecisionOption(name: "Postgres", pros: ["known"]), DecisionOption(name: "Mongo", cons: ["new"])],
            chosenOption: "Postgres", rationale: "team knows it")
        let proposed = try f.decisions.propose(content, f.by())
        #expect(proposed.subject.shortID == "ADR-1" && proposed.eventTypes == ["decision.proposed"])
        let accepted = try f.decisions.accept("ADR-1", reason: "agreed", f.by("bob"))
        #expect(accepted.eventTypes == ["decision.accepted"])
        let state = try f.decisions.state(of: "ADR-1").state
        #expect(state.status == .accepted && state.history.map(\.by) == ["ann", "bob"] && state.history[1].reason == "agreed")
    }

    @Test func illegalTransitionsAreRefusedAndAppendNothing() throws {
        let f = try DomainFixture(); defer { f.remove() }
        _ = try propose(f, "A")
        #expect(try f.expectRefusal(.reasonRequired(subject: "ADR-1", action: "rejecting")) { try f.decisions.reject("ADR-1", reason: "", f.by()) })
        try f.decisions.reject("ADR-1", reason: "too costly", f.by())
        #expect(try f.refuses(containing: "ADR-1 is rejected and cannot be accepted") { try f.decisions.accept("ADR-1", f.by()) })
        #expect(try f.refuses(containing: "cannot be deprecated") { try f.decisions.deprecate("ADR-1", reason: "x", f.by()) })
        _ = try propose(f, "B")
        #expect(try f.refuses(containing: "ADR-2 is proposed and cannot be deprecated") { try f.decisions.deprecate("ADR-2", reason: "x", f.by()) })
        try f.decisions.accept("ADR-2", f.by())
        #expect(try f.refuses(containing: "cannot be rejected") { try f.decisions.reject("ADR-2", reason: "x", f.by()) })
        #expect(try f.expectRefusal(.reasonRequired(subject: "ADR-2", action: "deprecating")) { try f.decisions.deprecate("ADR-2", reason: "", f.by()) })
        try f.decisions.deprecate("ADR-2", reason: "product gone", f.by())
        #expect(try f.refuses(containing: "deprecated and cannot be superseded") { try f.decisions.supersede("ADR-2", by: ["ADR-1"], reason: "x", f.by()) })
    }

    @Test func supersessionRules() throws {
        let f = try DomainFixture(); defer { f.remove() }
        for title in ["A", "B", "C"] { _ = try propose(f, title) }
        try f.decisions.accept("ADR-1", f.by())
        #expect(try f.expectRefusal(.selfSupersession("ADR-1")) { try f.decisions.supersede("ADR-1", by: ["ADR-1"], reason: "x", f.by()) })
        #expect(try f.refuses(containing: "only an accepted decision can supersede") { try f.decisions.supersede("ADR-1", by: ["ADR-2"], reason: "x", f.by()) })
        try f.decisions.accept("ADR-2", f.by())
        try f.decisions.accept("ADR-3", f.by())
        #expect(try f.expectRefusal(.reasonRequired(subject: "ADR-1", action: "superseding")) { try f.decisions.supersede("ADR-1", by: ["ADR-2"], reason: "", f.by()) })
        let change = try f.decisions.supersede("ADR-1", by: ["ADR-2", "ADR-3"], reason: "split in two", f.by())
        #expect(change.eventTypes == ["decision.superseded", "decision.linked", "decision.linked"])
        let old = try f.decisions.state(of: "ADR-1").state
        #expect(old.status == .superseded && old.supersededBy.count == 2)
        #expect(try f.decisions.state(of: "ADR-2").state.links.first?.type == "supersedes")
        #expect(try f.expectRefusal(.supersessionCycle(["ADR-2", "ADR-1", "ADR-2"])) {
            try f.decisions.supersede("ADR-2", by: ["ADR-1"], reason: "loop", f.by())
        })
    }

    @Test func acceptingADecisionThatDeclaresSupersedesSupersedesItsTarget() throws {
        let f = try DomainFixture(); defer { f.remove() }
        _ = try propose(f, "Old")
        try f.decisions.accept("ADR-1", f.by())
        _ = try propose(f, "New", links: [DecisionLink(type: "supersedes", decision: "ADR-1")])
        let change = try f.decisions.accept("ADR-2", f.by())
        #expect(change.eventTypes == ["decision.accepted", "decision.superseded"])
        #expect(try f.decisions.state(of: "ADR-1").state.status == .superseded)
    }

    @Test func amendmentsFollowTheStatus() throws {
        let f = try DomainFixture(); defer { f.remove() }
        _ = try propose(f, "A")
        var content = try f.decisions.state(of: "ADR-1").state.content
        content.rationale = "new rationale"
        try f.decisions.amend("ADR-1", to: content, reason: "", f.by())
        #expect(try f.refuses(containing: "unchanged") { try f.decisions.amend("ADR-1", to: content, reason: "", f.by()) })
        try f.decisions.accept("ADR-1", f.by())
        var choice = content
        choice.rationale = "another"
        #expect(try f.refuses(code: "decision-fixed", hint: .proposeAmending("ADR-1")) { try f.decisions.amend("ADR-1", to: choice, reason: "x", f.by()) })
        var observed = content
        observed.consequences.bad = ["reindex takes 40 min"]
        #expect(try f.expectRefusal(.reasonRequired(subject: "ADR-1", action: "amending")) { try f.decisions.amend("ADR-1", to: observed, reason: "", f.by()) })
        try f.decisions.amend("ADR-1", to: observed, reason: "seen in prod", f.by())
        var badChoice = content
        badChoice.options = [DecisionOption(name: "X")]
        badChoice.chosenOption = "Y"
        #expect(try f.refuses(containing: "not among the options") { try f.decisions.propose(badChoice, f.by()) })
    }

    @Test func linksAreTypedAndChecked() throws {
        let f = try DomainFixture(); defer { f.remove() }
        _ = try propose(f, "A")
        _ = try propose(f, "B")
        #expect(try f.decisions.link("ADR-2", type: "relates-to", to: "ADR-1", f.by()).eventTypes == ["decision.linked"])
        try f.decisions.link("ADR-2", type: "depends-on", to: "ADR-1", f.by())
        #expect(try f.refuses(containing: "already relates-to") { try f.decisions.link("ADR-2", type: "relates-to", to: "ADR-1", f.by()) })
        #expect(try f.refuses(code: "invalid-input", hint: .supersede("ADR-1", by: "ADR-2")) { try f.decisions.link("ADR-2", type: "supersedes", to: "ADR-1", f.by()) })
        #expect(try f.refuses(containing: "cannot link to itself") { try f.decisions.link("ADR-2", type: "amends", to: "ADR-2", f.by()) })
        #expect(try f.refuses(containing: "not valid") { try f.decisions.link("ADR-2", type: "Bad Type", to: "ADR-1", f.by()) })
        #expect(try f.expectRefusal(.notFound(.decision, "ADR-9")) { try f.decisions.link("ADR-2", type: "amends", to: "ADR-9", f.by()) })
    }

    @Test func statusChangesCarryBothClocks() throws {
        let f = try DomainFixture(); defer { f.remove() }
        _ = try propose(f, "A")
        let when = try #require(Timestamp(parsing: "2030-01-01"))
        try f.decisions.accept("ADR-1", f.by("bob", effective: when))
        let change = try f.decisions.state(of: "ADR-1").state.history[1]
        #expect(change.effectiveAt == when && change.recordedAt < when && change.by == "bob")
    }
}
