import Foundation
import Testing
import Strata

/// Several connections appending at once (the in-process twin of the CLI's multi-process test).
@Suite struct ConcurrentConnectionTests {
    @Test func concurrentAppendersGetGaplessPositions() throws {
        let store = try TemporaryStore()
        defer { store.remove() }
        let writers = 8, appendsEach = 50
        let failures = FailureList()
        DispatchQueue.concurrentPerform(iterations: writers) { writer in
            do {
                let log = try SQLiteEventLog.open(at: store.path)
                try log.appendNotes(appendsEach, to: "writer-\(writer)")
            } catch {
                failures.add("\(error)")
            }
        }
        #expect(failures.all.isEmpty)

        let events = try store.log.events()
        #expect(events.count == writers * appendsEach)
        #expect(events.map(\.position) == Array(1...Int64(writers * appendsEach)))
        for writer in 0..<writers {
            let versions = events.filter { $0.streamID == "writer-\(writer)" }.map(\.streamVersion)
            #expect(versions == Array(1...appendsEach))
        }
        #expect(try store.log.verify().isSound)
    }

    @Test func racingOnOneExactVersionHasOneWinner() throws {
        let store = try TemporaryStore()
        defer { store.remove() }
        try store.log.appendNotes(3, to: "account-1")
        let racers = 6
        let outcomes = FailureList()
        DispatchQueue.concurrentPerform(iterations: racers) { _ in
            do {
                let log = try SQLiteEventLog.open(at: store.path)
                try log.append([note()], to: "account-1", expected: .exact(3), metadata: testMetadata)
                outcomes.add("won")
            } catch let error as EventLogError {
                outcomes.add(error == .wrongExpectedVersion(stream: "account-1", expected: .exact(3), actual: 4)
                             ? "conflict" : "\(error)")
            } catch {
                outcomes.add("\(error)")
            }
        }
        #expect(outcomes.all.sorted() == ["conflict", "conflict", "conflict", "conflict", "conflict", "won"])
        #expect(try store.log.head().position == 4)
    }
}

/// A thread-safe list of strings collected from concurrent workers.
final class FailureList: @unchecked Sendable {
    private let lock = NSLock()
    private var items: [String] = []

    func add(_ item: String) { lock.withLock { items.append(item) } }
    var all: [String] { lock.withLock { items } }
}
