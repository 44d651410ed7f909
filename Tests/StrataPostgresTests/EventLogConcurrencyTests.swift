import Foundation
import Strata
import StrataTestSupport
import Testing

/// The contract under many writers: positions stay gapless and in commit order, so a reader
/// following them never skips an event that commits late, and short numbers never repeat.
@Suite struct EventLogConcurrencyTests {
    static let writers = 6
    static let appendsPerWriter = 25

    @Test("Concurrent writers on their own connections; a follower never sees a gap", arguments: Backend.allCases)
    func gaplessUnderConcurrentWriters(backend: Backend) async throws {
        try await withLog(backend) { subject in
            var handles: [any EventLog] = []
            for _ in 0..<Self.writers { handles.append(try await subject.reopen()) }
            let reader = subject.log
            let total = Self.writers * Self.appendsPerWriter * 2
            let follow = Task { try await Self.follow(reader, until: total) }
            let acknowledged = try await withThrowingTaskGroup(of: [String].self) { group in
                for (index, log) in handles.enumerated() {
                    group.addTask {
                        var ids: [String] = []
                        for round in 0..<Self.appendsPerWriter {
                            // Half the appends share one hot stream; the rest go to the writer's own.
                            let batch = [event(), event()]
                            let stream = round % 2 == 0 ? "shared-1" : "writer-\(index)"
                            let result = try await log.append(batch, to: stream, expected: .any, metadata: contractMetadata)
                            ids += result.events.map(\.eventID)
                        }
                        return ids
                    }
                }
                return try await group.reduce(into: []) { $0 += $1 }
            }
            let seen = try await follow.value
            for log in handles { await subject.close(log) }
            #expect(seen.count == total)
            #expect(Set(seen) == Set(acknowledged))
            #expect(Set(seen).count == seen.count, "an event was seen twice")
            let stored = try await reader.events(.all)
            #expect(stored.map(\.eventID) == seen, "the follower saw another order than the log's")
            let shared = stored.filter { $0.streamID == "shared-1" }.map(\.streamVersion)
            #expect(shared == Array(1...shared.count))
            #expect(try await reader.verify(anchor: nil).isSound)
        }
    }

    /// Reads the log by position as it grows, failing on any position that is not the next one.
    private static func follow(_ log: any EventLog, until total: Int) async throws -> [String] {
        var seen: [String] = []
        var last: Int64 = 0
        let deadline = ContinuousClock.now + .seconds(120)
        while seen.count < total, ContinuousClock.now < deadline {
            let batch = try await log.events(EventQuery(after: last, limit: 100))
            for stored in batch {
                #expect(stored.position == last + 1, "the follower jumped from \(last) to \(stored.position)")
                last = stored.position
                seen.append(stored.eventID)
            }
            if batch.isEmpty { try await Task.sleep(for: .milliseconds(2)) }
        }
        return seen
    }

    @Test("Short numbers allocated by racing writers are never handed out twice", arguments: Backend.allCases)
    func shortNumbersNeverRepeat(backend: Backend) async throws {
        try await withLog(backend) { subject in
            var handles: [any EventLog] = []
            for _ in 0..<4 { handles.append(try await subject.reopen()) }
            let counter = EntityKind.decision.counterStream
            let perWriter = 8
            let numbers = try await withThrowingTaskGroup(of: [Int].self) { group in
                for log in handles {
                    group.addTask {
                        var mine: [Int] = []
                        while mine.count < perWriter {
                            // As the domain allocates: read the counter's version, claim the next
                            // number under that exact version, and retry when another writer won.
                            let base = try await log.events(EventQuery(streamID: counter)).count
                            let allocation = ShortIDAllocated(kind: .decision, number: base + 1, entityID: EventID.make()).newEvent()
                            do {
                                try await log.append([allocation], to: counter, expected: .exact(base), metadata: contractMetadata)
                                mine.append(base + 1)
                            } catch EventLogError.wrongExpectedVersion {
                                continue
                            }
                        }
                        return mine
                    }
                }
                return try await group.reduce(into: []) { $0 += $1 }
            }
            for log in handles { await subject.close(log) }
            #expect(numbers.count == 4 * perWriter)
            #expect(Set(numbers) == Set(1...numbers.count), "some number was handed out twice or skipped")
            let versions = try await subject.log.events(EventQuery(streamID: counter)).map(\.streamVersion)
            #expect(versions == Array(1...numbers.count))
        }
    }
}
