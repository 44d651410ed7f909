import Foundation
import Strata
import StrataPostgres
import StrataTestSupport
import Testing

/// Moving a SQLite store into an empty team store: every event kept, re-chained, anchored.
@Suite struct PostgresPushTests {
    @Test func pushCopiesEveryEventReChainsItAndRecordsTheOldHead() async throws {
        try await withLog(.sqlite) { local in
            try await withLog(.postgres) { team in
                let source = try #require(local.log as? SQLiteEventLog)
                let target = try #require(team.log as? PostgresEventLog)
                try await Self.push(source, into: target)
            }
        }
    }

    private static func push(_ source: SQLiteEventLog, into target: PostgresEventLog) async throws {
        for index in 0..<5 {
            try source.append([event("test.kept", #"{"n":\#(index)}"#, effectiveAt: index == 1 ? Timestamp(microseconds: 1) : nil)],
                              to: "push-\(index % 2)", expected: .any, metadata: contractMetadata)
        }
        let original = try source.events(.all)
        let sourceHead = try source.head()
        let report = try await target.push(from: source, metadata: EventMetadata(actor: "pusher"))
        #expect(report.copied == original.count && report.sourceHead == sourceHead)

        let pushed = try await target.events(.all)
        #expect(pushed.count == original.count + 1)
        for (before, after) in zip(original, pushed) {
            var rechained = before
            rechained.prevHash = after.prevHash
            rechained.hash = after.hash
            #expect(rechained == after, "position \(before.position) changed in more than its chain")
        }
        #expect(pushed.first?.prevHash == EventHasher.genesis(storeID: target.storeID))
        let anchor = try #require(pushed.last)
        #expect(anchor.eventType == PostgresEventLog.pushAnchorType && anchor.streamID == "log-\(source.storeID)")
        #expect(anchor.data.contains(sourceHead.anchor) && anchor.data.contains(source.storeID))
        #expect(anchor.recordedAt >= original[original.count - 1].recordedAt)
        let verification = try await target.verify(anchor: nil)
        #expect(verification.isSound && verification.head == report.head)
        // The old file still proves what was moved.
        #expect(try source.verify(anchor: sourceHead).anchorHeld == true)

        let refusal = await #expect(throws: PostgresStoreError.self) {
            try await target.push(from: source, metadata: EventMetadata(actor: "pusher"))
        }
        #expect(refusal?.code == "postgres-push-target-not-empty")
        #expect(try await target.head() == report.head)
    }
}
