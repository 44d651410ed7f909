import Foundation
import Testing
import Strata

/// The optimistic-concurrency guard: any, noStream, streamExists and exact(n).
@Suite struct ExpectedVersionTests {
    @Test(arguments: [
        (ExpectedVersion.any, 0, true), (.any, 3, true),
        (.noStream, 0, true), (.noStream, 1, false),
        (.streamExists, 0, false), (.streamExists, 2, true),
        (.exact(0), 0, true), (.exact(2), 2, true), (.exact(2), 3, false), (.exact(3), 2, false),
    ])
    func isSatisfiedBy(expected: ExpectedVersion, actual: Int, satisfied: Bool) {
        #expect(expected.isSatisfied(by: actual) == satisfied)
    }

    @Test func eachExpectationGuardsAnAppend() throws {
        let store = try TemporaryStore()
        defer { store.remove() }
        let log = store.log
        try log.append([note()], to: "note-1", expected: .noStream, metadata: testMetadata)
        try log.append([note()], to: "note-1", expected: .streamExists, metadata: testMetadata)
        try log.append([note()], to: "note-1", expected: .exact(2), metadata: testMetadata)
        try log.append([note()], to: "note-1", expected: .any, metadata: testMetadata)
        try log.append([note()], to: "note-2", expected: .exact(0), metadata: testMetadata)
        try log.append([note()], to: "note-3", expected: .any, metadata: testMetadata)
        #expect(try log.events(EventQuery(streamID: "note-1")).map(\.streamVersion) == [1, 2, 3, 4])
        #expect(try log.head().position == 6)
    }

    @Test(arguments: [
        (ExpectedVersion.noStream, "no stream", 2), (.streamExists, "an existing stream", 0),
        (.exact(1), "version 1", 2), (.exact(5), "version 5", 2),
    ])
    func conflictNamesStreamExpectedAndActual(expected: ExpectedVersion, wording: String, existing: Int) throws {
        let store = try TemporaryStore()
        defer { store.remove() }
        try store.log.appendNotes(existing, to: "note-1")
        let before = try store.log.head()

        let error = #expect(throws: EventLogError.self) {
            try store.log.append([note()], to: "note-1", expected: expected, metadata: testMetadata)
        }
        #expect(error == .wrongExpectedVersion(stream: "note-1", expected: expected, actual: existing))
        let message = "\(try #require(error))"
        #expect(message.contains("'note-1'"))
        #expect(message.contains("expected \(wording)"))
        #expect(message.contains("at version \(existing)"))
        #expect(try store.log.head() == before, "a refused append writes nothing")
    }
}
