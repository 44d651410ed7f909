import Foundation
import Strata
import StrataJSON
import Testing

/// Old payload shapes are lifted on read, one version at a time; stored bytes never change.
@Suite struct UpcasterChainTests {
    /// A `decision.accepted` payload exactly as schema v1 wrote it. Frozen: never regenerate.
    static let frozenV1 = #"{"decision":"dec-0193","by":"ana"}"#

    /// The current (v3) shape: v2 renamed `by` to `acceptedBy`; v3 added `rationale`.
    struct DecisionAccepted: Decodable, Equatable {
        var decision: String
        var acceptedBy: String
        var rationale: String
    }

    static var chain: UpcasterChain {
        var chain = UpcasterChain()
        chain.register("decision.accepted", currentVersion: 3, steps: [
            Upcaster(eventType: "decision.accepted", fromVersion: 2) { object in
                object["rationale"] = .string("")
            },
            Upcaster(eventType: "decision.accepted", fromVersion: 1) { object in
                object["acceptedBy"] = object.removeValue(forKey: "by")
            },
            Upcaster(eventType: "decision.proposed", fromVersion: 1) { _ in
                Issue.record("an upcaster for another type must be ignored")
            },
        ])
        return chain
    }

    private func recorded(_ data: String, version: Int, type: String = "decision.accepted") -> RecordedEvent {
        RecordedEvent(
            position: 1, eventID: EventID.make(), streamID: "decision-0193", category: "decision", streamVersion: 1,
            eventType: type, schemaVersion: version, data: data, metadata: "{}",
            recordedAt: Timestamp(microseconds: 0), effectiveAt: Timestamp(microseconds: 0), prevHash: [], hash: [])
    }

    @Test func frozenV1PayloadDecodesThroughEveryStep() throws {
        let decoded = try Self.chain.decode(DecisionAccepted.self, from: recorded(Self.frozenV1, version: 1))
        #expect(decoded == DecisionAccepted(decision: "dec-0193", acceptedBy: "ana", rationale: ""))
    }

    @Test func v2PayloadTakesOnlyTheLastStep() throws {
        let v2 = #"{"decision":"dec-0193","acceptedBy":"bo"}"#
        let decoded = try Self.chain.decode(DecisionAccepted.self, from: recorded(v2, version: 2))
        #expect(decoded == DecisionAccepted(decision: "dec-0193", acceptedBy: "bo", rationale: ""))
    }

    @Test func currentPayloadPassesThroughByteForByte() throws {
        let v3 = "{ \"rationale\" : \"cheap\", \"acceptedBy\":\"cy\",\"decision\":\"d\" }"
        #expect(try Self.chain.upcast(recorded(v3, version: 3)) == Data(v3.utf8))
    }

    @Test func newerThanKnownVersionIsAnError() throws {
        let error = #expect(throws: UpcastError.newerThanKnown(eventType: "decision.accepted", version: 4, known: 3)) {
            try Self.chain.decode(DecisionAccepted.self, from: recorded("{}", version: 4))
        }
        #expect(error.map { "\($0)" }?.contains("upgrade strata") == true)
    }

    @Test func missingStepIsAnError() throws {
        var chain = UpcasterChain()
        chain.register("decision.accepted", currentVersion: 3, steps: [
            Upcaster(eventType: "decision.accepted", fromVersion: 2) { _ in },
        ])
        #expect(throws: UpcastError.missingStep(eventType: "decision.accepted", version: 1)) {
            try chain.upcast(recorded(Self.frozenV1, version: 1))
        }
    }

    @Test func nonObjectPayloadCannotBeUpcast() throws {
        #expect(throws: UpcastError.notAnObject(eventType: "decision.accepted")) {
            try Self.chain.upcast(recorded("[1,2]", version: 1))
        }
    }

    @Test func unregisteredTypesAreVersionOne() throws {
        #expect(Self.chain.currentVersion(of: "note.written") == 1)
        #expect(Self.chain.currentVersion(of: "decision.accepted") == 3)
        #expect(try Self.chain.upcast(recorded("{\"a\":1}", version: 1, type: "note.written")) == Data("{\"a\":1}".utf8))
    }

    @Test func upcastingAStoredEventLeavesTheLogUntouched() throws {
        let store = try TemporaryStore()
        defer { store.remove() }
        try store.log.append([NewEvent(eventType: "decision.accepted", schemaVersion: 1, data: Self.frozenV1)],
                             to: "decision-0193", expected: .noStream, metadata: testMetadata)
        let stored = try #require(try store.log.events().first)
        let decoded = try Self.chain.decode(DecisionAccepted.self, from: stored)
        #expect(decoded.acceptedBy == "ana")
        #expect(try store.log.events().first?.data == Self.frozenV1)
        #expect(try store.log.verify().isSound)
    }

    @Test func upcastPayloadsComeOutCompactWithSortedKeys() throws {
        var chain = UpcasterChain()
        chain.register("decision.accepted", currentVersion: 2, steps: [
            Upcaster(eventType: "decision.accepted", fromVersion: 1) { object in
                object["z"] = .array([.bool(true), .null, .number(1.5), .string("x")])
            },
        ])
        let upcast = try chain.upcast(recorded(#"{"b":{},"a":1.50}"#, version: 1))
        #expect(String(decoding: upcast, as: UTF8.self) == #"{"a":1.50,"b":{},"z":[true,null,1.5,"x"]}"#)
    }
}
