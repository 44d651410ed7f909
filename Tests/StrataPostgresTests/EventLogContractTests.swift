import Foundation
import Strata
import StrataTestSupport
import Testing

/// The event-log contract: what every backend behind ``EventLog`` promises, checked on each.
@Suite struct EventLogContractTests {
    @Test("Appended events read back in order with gapless positions and versions", arguments: Backend.allCases)
    func appendsReadBack(backend: Backend) async throws {
        try await withLog(backend) { subject in
            let log = subject.log
            let first = [event(), event("test.other", #"{"n":2}"#)]
            let second = [event("test.third", #"{"n":3}"#)]
            let one = try await log.append(first, to: "alpha-1", expected: .noStream, metadata: contractMetadata)
            let two = try await log.append(
                [StreamAppend(streamID: "beta-1", expected: .noStream, events: second),
                 StreamAppend(streamID: "alpha-1", expected: .exact(2), events: [event()])],
                metadata: contractMetadata)
            let stored = try await log.events(.all)
            #expect(stored.map(\.position) == Array(1...Int64(stored.count)))
            #expect(stored.map(\.eventID) == (first + second).map(\.eventID) + [two.events[1].eventID])
            #expect(stored.map(\.streamVersion) == [1, 2, 1, 3])
            #expect(stored.map(\.category) == ["alpha", "alpha", "beta", "alpha"])
            #expect(stored.allSatisfy { $0.metadata == contractMetadata.json })
            #expect(one.events.map(\.position) == [1, 2])
            #expect(two.events.map(\.position) == [3, 4])
            #expect(!one.wasAlreadyStored && !two.wasAlreadyStored)
            let head = try await log.head()
            #expect(head == two.head)
            #expect(head == ChainHead(position: 4, hash: try #require(stored.last).hash))
        }
    }

    @Test("Each of the four expected-version modes admits and refuses as specified", arguments: Backend.allCases)
    func expectedVersionModes(backend: Backend) async throws {
        try await withLog(backend) { subject in
            let log = subject.log
            func append(_ expected: ExpectedVersion, to stream: String = "gamma-1") async throws {
                try await log.append([event()], to: stream, expected: expected, metadata: contractMetadata)
            }
            await #expect(throws: EventLogError.wrongExpectedVersion(stream: "gamma-1", expected: .streamExists, actual: 0)) {
                try await append(.streamExists)
            }
            await #expect(throws: EventLogError.wrongExpectedVersion(stream: "gamma-1", expected: .exact(1), actual: 0)) {
                try await append(.exact(1))
            }
            try await append(.noStream)
            await #expect(throws: EventLogError.wrongExpectedVersion(stream: "gamma-1", expected: .noStream, actual: 1)) {
                try await append(.noStream)
            }
            try await append(.streamExists)
            try await append(.exact(2))
            await #expect(throws: EventLogError.wrongExpectedVersion(stream: "gamma-1", expected: .exact(2), actual: 3)) {
                try await append(.exact(2))
            }
            try await append(.any)
            try await append(.any, to: "gamma-2")
            let versions = try await log.events(.all).map { "\($0.streamID)@\($0.streamVersion)" }
            #expect(versions == ["gamma-1@1", "gamma-1@2", "gamma-1@3", "gamma-1@4", "gamma-2@1"])
        }
    }

    @Test("An append to several streams is all or nothing", arguments: Backend.allCases)
    func multiStreamAppendIsAtomic(backend: Backend) async throws {
        try await withLog(backend) { subject in
            let log = subject.log
            try await log.append([event()], to: "delta-1", expected: .noStream, metadata: contractMetadata)
            let before = try await log.head()
            let refused = [
                StreamAppend(streamID: "delta-2", expected: .noStream, events: [event()]),
                StreamAppend(streamID: "delta-1", expected: .exact(0), events: [event()]),
            ]
            await #expect(throws: EventLogError.wrongExpectedVersion(stream: "delta-1", expected: .exact(0), actual: 1)) {
                try await log.append(refused, metadata: contractMetadata)
            }
            #expect(try await log.head() == before)
            #expect(try await log.events(EventQuery(streamID: "delta-2")).isEmpty)
        }
    }

    @Test("A repeated append is answered with its original placement; a changed one is refused", arguments: Backend.allCases)
    func idempotency(backend: Backend) async throws {
        try await withLog(backend) { subject in
            let log = subject.log
            let batch = [event(), event("test.other", #"{"n":2}"#, effectiveAt: Timestamp(microseconds: 1_700_000_000_000_000))]
            let original = try await log.append(batch, to: "eps-1", expected: .noStream, metadata: contractMetadata)
            try await log.append([event()], to: "eps-2", expected: .noStream, metadata: contractMetadata)
            let head = try await log.head()
            // The retry's expectation is stale now (the stream moved on by the original itself).
            let retry = try await log.append(batch, to: "eps-1", expected: .noStream, metadata: contractMetadata)
            #expect(retry.wasAlreadyStored)
            #expect(retry.events == original.events)
            #expect(retry.head == head)
            let anyRetry = try await log.append(batch, to: "eps-1", expected: .any, metadata: contractMetadata)
            #expect(anyRetry.events == original.events && anyRetry.wasAlreadyStored)

            var changed = batch
            changed[1].data = #"{"n":3}"#
            await #expect(throws: EventLogError.idempotencyConflict(eventID: batch[1].eventID, reason: "its payload differs")) {
                _ = try await log.append(changed, to: "eps-1", expected: .any, metadata: contractMetadata)
            }
            await #expect(throws: EventLogError.idempotencyConflict(eventID: batch[0].eventID, reason: "its stream differs")) {
                try await log.append(batch, to: "eps-3", expected: .any, metadata: contractMetadata)
            }
            let partial = [batch[0], event()]
            await #expect(throws: EventLogError.idempotencyConflict(
                eventID: batch[0].eventID, reason: "a retry must repeat the original append; \(partial[1].eventID) is new")) {
                try await log.append(partial, to: "eps-1", expected: .any, metadata: contractMetadata)
            }
            #expect(try await log.head() == head)
        }
    }

    @Test("Malformed appends are refused before anything is written", arguments: Backend.allCases)
    func invalidEvents(backend: Backend) async throws {
        try await withLog(backend) { subject in
            let log = subject.log
            await #expect(throws: EventLogError.invalidEvent("an append needs at least one event")) {
                try await log.append([], to: "zeta-1", expected: .any, metadata: contractMetadata)
            }
            let bad = event("test.bad", "{not json")
            await #expect(throws: EventLogError.invalidEvent("payload of test.bad (\(bad.eventID)) is not valid JSON")) {
                try await log.append([bad], to: "zeta-1", expected: .any, metadata: contractMetadata)
            }
            let head = try await log.head()
            #expect(head.position == 0)
        }
    }

    @Test("Reads select by stream, category, type, position range and recorded instant", arguments: Backend.allCases)
    func readsByEveryCriterion(backend: Backend) async throws {
        try await withLog(backend) { subject in try await Self.checkReads(on: subject.log) }
    }

    private static func checkReads(on log: any EventLog) async throws {
        let streams = ["order-1", "order-2", "invoice-1"]
        for round in 0..<4 {
            for (index, stream) in streams.enumerated() {
                let type = index == 2 ? "invoice.raised" : (round % 2 == 0 ? "order.placed" : "order.changed")
                try await log.append([event(type, #"{"round":\#(round)}"#)], to: stream, expected: .any, metadata: contractMetadata)
            }
            // Distinct recorded times on either side of the cut below.
            try await Task.sleep(for: .milliseconds(3))
        }
        let all = try await log.events(.all)
        #expect(all.count == 12)
        #expect(try await log.events(EventQuery(streamID: "order-2")) == all.filter { $0.streamID == "order-2" })
        #expect(try await log.events(EventQuery(category: "order")) == all.filter { $0.category == "order" })
        #expect(try await log.events(EventQuery(eventType: "order.changed")) == all.filter { $0.eventType == "order.changed" })
        #expect(try await log.events(EventQuery(after: 4, limit: 3)) == Array(all[4..<7]))
        #expect(try await log.events(EventQuery(after: 2, upTo: .position(9))) == Array(all[2..<9]))
        #expect(try await log.events(EventQuery(upTo: .position(99))) == all)
        let combined = EventQuery(after: 1, upTo: .position(10), category: "order", eventType: "order.placed")
        #expect(try await log.events(combined) == all.filter {
            $0.position > 1 && $0.position <= 10 && $0.category == "order" && $0.eventType == "order.placed"
        })

        let cut = all[6].recordedAt
        let expected = all.last { $0.recordedAt <= cut }?.position ?? 0
        #expect(try await log.position(at: .instant(cut)) == expected)
        #expect(try await log.events(EventQuery(upTo: .instant(cut))) == all.filter { $0.position <= expected })
        #expect(try await log.position(at: .instant(Timestamp(microseconds: all[0].recordedAt.microseconds - 1))) == 0)
        #expect(try await log.position(at: .position(7)) == 7)
        #expect(try await log.position(at: .position(500)) == 12)

        let streamed = try await Self.positions(streamedFrom: log, EventQuery(streamID: "invoice-1"))
        #expect(streamed == all.filter { $0.streamID == "invoice-1" }.map(\.position))
    }

    /// The positions `read(_:_:)` hands its body, one by one.
    private static func positions(streamedFrom log: any EventLog, _ query: EventQuery) async throws -> [Int64] {
        var positions: [Int64] = []
        try await log.read(query) { positions.append($0.position) }
        return positions
    }

    @Test("Recorded time never decreases and is the effective time unless one is given", arguments: Backend.allCases)
    func twoClocks(backend: Backend) async throws {
        try await withLog(backend) { subject in
            let log = subject.log
            let past = Timestamp(microseconds: 946_684_800_000_000)
            let before = Timestamp.now()
            for index in 0..<5 {
                try await log.append([event(effectiveAt: index == 2 ? past : nil)], to: "clock-1", expected: .any, metadata: contractMetadata)
            }
            let after = Timestamp.now()
            let all = try await log.events(.all)
            #expect(zip(all, all.dropFirst()).allSatisfy { $0.recordedAt <= $1.recordedAt })
            // The test and the server share this machine's clock, give or take a second.
            #expect(all.allSatisfy { $0.recordedAt.microseconds > before.microseconds - 1_000_000 })
            #expect(all.allSatisfy { $0.recordedAt.microseconds < after.microseconds + 1_000_000 })
            #expect(all[2].effectiveAt == past)
            #expect(all.enumerated().filter { $0.offset != 2 }.allSatisfy { $0.element.effectiveAt == $0.element.recordedAt })
        }
    }
}
