import Foundation
import Testing
@testable import Strata

@Suite("Short-id races and conflicts")
struct ConflictHandlingTests {
    @Test func aLostShortIDRaceIsRetriedWithTheNextNumber() throws {
        let f = try DomainFixture(); defer { f.remove() }
        var attempts = 0
        var minted: EntityRef?
        try DomainRepository(log: f.log).append(subject: "x", metadata: EventMetadata(actor: "ann")) { allocator in
            attempts += 1
            let ref = try allocator.mint(.decision)
            if attempts == 1 {
                // Another process takes ADR-1 between our read and our append.
                try f.decisions.propose(DecisionContent(title: "racer"), f.by("bob"))
            }
            minted = ref
            return [StreamAppend(streamID: ref.streamID, expected: .noStream, events: [
                DecisionProposed(decisionID: ref.id, number: ref.number, content: DecisionContent(title: "mine"), by: "ann").newEvent(),
            ])]
        }
        #expect(attempts == 2 && minted?.shortID == "ADR-2")
        #expect(try f.decisions.state(of: "ADR-2").state.content.title == "mine")
    }

    @Test func aConflictOnAnEntityStreamIsReportedAndAppendsNothing() throws {
        let f = try DomainFixture(); defer { f.remove() }
        try f.decisions.propose(DecisionContent(title: "A"), f.by())
        let ref = try EntityResolver(log: f.log).resolve("ADR-1", as: .decision)
        let before = try f.head()
        #expect(throws: CommandRejection.conflict(subject: "ADR-1")) {
            try DomainRepository(log: f.log).append(subject: "ADR-1", metadata: EventMetadata(actor: "bob")) { _ in
                [StreamAppend(streamID: ref.streamID, expected: .exact(0), events: [
                    DecisionAccepted(decisionID: ref.id, by: "bob", reason: "").newEvent(),
                ])]
            }
        }
        #expect(try f.head() == before)
        #expect(CommandRejection.conflict(subject: "ADR-1").description.contains("someone else changed ADR-1"))
    }

    @Test func everyDomainEventTypeIsRegisteredAtItsCurrentVersion() {
        let types = DomainEvents.all.map { $0.eventType }
        #expect(Set(types).count == types.count)
        for type in DomainEvents.all { #expect(DomainEvents.upcasters.currentVersion(of: type.eventType) == type.schemaVersion) }
        // A type the fold's dispatch table misses would be recorded and never folded.
        #expect(DomainFact.eventTypes == Set(types))
    }

    @Test func payloadsAreStoredAsSortedKeyJSON() throws {
        let event = ContextDefined(contextID: "c", number: 1, name: "n", description: "d").newEvent()
        #expect(event.data == #"{"contextID":"c","description":"d","name":"n","number":1}"#)
        #expect(event.eventType == "context.defined" && event.schemaVersion == 1)
    }
}
