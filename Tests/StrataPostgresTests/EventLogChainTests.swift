import Foundation
import Strata
import StrataTestSupport
import Testing

/// The contract's proofs: the hash chain, tamper detection and the database refusing edits.
@Suite struct EventLogChainTests {
    /// Payloads whose bytes a careless store would change: escapes, non-ASCII, spacing, key order.
    static let awkwardPayloads = [
        #"{"b":1,"a":2}"#, #"{ "spaced" : [1, 2.50, -0.0] }"#, #"{"text":"caf\u00e9 ☕ \"quoted\" \\ back"}"#,
        #"{"emoji":"🦫","nul":"\u0000"}"#, "[]",
    ]

    @Test("Stored rows rehash, byte for byte, to the chain the store reports", arguments: Backend.allCases)
    func rowsRehashToTheirChain(backend: Backend) async throws {
        try await withLog(backend) { subject in
            let log = subject.log
            for (index, payload) in Self.awkwardPayloads.enumerated() {
                try await log.append([event("test.awkward", payload)], to: "chain-\(index % 2)", expected: .any, metadata: contractMetadata)
            }
            let stored = try await log.events(.all)
            #expect(stored.map(\.data) == Self.awkwardPayloads)
            var previous = EventHasher.genesis(storeID: log.storeID)
            for row in stored {
                #expect(row.prevHash == previous)
                #expect(EventHasher.hash(of: row) == row.hash)
                previous = row.hash
            }
            let verification = try await log.verify(anchor: nil)
            #expect(verification.isSound)
            #expect(verification.warnings.isEmpty)
            #expect(verification.eventCount == Int64(stored.count))
            #expect(verification.head == (try await log.head()))
        }
    }

    @Test("The same events under the same identity and times hash alike on both backends")
    func sameEventsHashAlikeAcrossBackends() async throws {
        try await withLog(.sqlite) { sqlite in try await withLog(.postgres) { postgres in try await Self.compare(sqlite, postgres) } }
    }

    private static func compare(_ sqlite: LogUnderTest, _ postgres: LogUnderTest) async throws {
        let batch = Self.awkwardPayloads.map { event("test.awkward", $0, effectiveAt: Timestamp(microseconds: 1_600_000_000_000_000)) }
        try await sqlite.log.append(batch, to: "same-1", expected: .noStream, metadata: contractMetadata)
        try await postgres.log.append(batch, to: "same-1", expected: .noStream, metadata: contractMetadata)
        let left = try await sqlite.log.events(.all), right = try await postgres.log.events(.all)
        #expect(left.count == right.count)
        // Every column but those the store assigns (recorded time, the chain) agrees.
        for (a, b) in zip(left, right) {
            #expect([a.eventID, a.streamID, a.category, a.eventType, a.data, a.metadata] ==
                    [b.eventID, b.streamID, b.category, b.eventType, b.data, b.metadata])
            #expect([a.position, Int64(a.streamVersion), Int64(a.schemaVersion), a.effectiveAt.microseconds] ==
                    [b.position, Int64(b.streamVersion), Int64(b.schemaVersion), b.effectiveAt.microseconds])
        }
        // Re-chained under the other store's identity with its recorded times, the rows of one
        // backend give exactly the hashes the other stored.
        var previous = EventHasher.genesis(storeID: postgres.log.storeID)
        for (a, b) in zip(left, right) {
            var moved = a
            moved.recordedAt = b.recordedAt
            moved.prevHash = previous
            moved.hash = EventHasher.hash(of: moved)
            #expect(moved.hash == b.hash)
            previous = moved.hash
        }
    }

    @Test("Verification finds the first edited row once the triggers are dropped", arguments: Backend.allCases)
    func tamperingIsDetected(backend: Backend) async throws {
        try await withLog(backend) { subject in
            let log = subject.log
            for index in 0..<4 {
                try await log.append([event("test.kept", #"{"n":\#(index)}"#)], to: "tamper-1", expected: .any, metadata: contractMetadata)
            }
            let anchor = try await log.head()
            let drop = switch backend {
            case .sqlite: "DROP TRIGGER events_no_update;"
            case .postgres: "DROP TRIGGER events_no_update ON events;"
            }
            #expect(try await subject.raw(drop + #" UPDATE events SET data = '{"n":99}' WHERE position = 2;"#) == nil)
            let verification = try await log.verify(anchor: anchor)
            #expect(verification.firstBreak?.position == 2)
            #expect(verification.firstBreak?.kind == .contentChanged)
            #expect(verification.anchorHeld == false)
            #expect(!verification.isSound)
            #expect(verification.warnings.contains { $0.contains("events_no_update") })
        }
    }

    @Test("An anchor recorded earlier holds while the log only grows", arguments: Backend.allCases)
    func anchorsHold(backend: Backend) async throws {
        try await withLog(backend) { subject in
            let log = subject.log
            let empty = try await log.head()
            #expect(empty.position == 0 && empty.hash == EventHasher.genesis(storeID: log.storeID))
            try await log.append([event(), event()], to: "anchor-1", expected: .any, metadata: contractMetadata)
            let anchor = try await log.head()
            try await log.append([event()], to: "anchor-1", expected: .any, metadata: contractMetadata)
            #expect(try await log.verify(anchor: anchor).anchorHeld == true)
            #expect(try await log.verify(anchor: empty).anchorHeld == true)
            let forged = ChainHead(position: anchor.position, hash: Array(anchor.hash.reversed()))
            let refused = try await log.verify(anchor: forged)
            #expect(refused.anchorHeld == false && refused.firstBreak?.kind == .anchorMismatch)
            let beyond = try await log.verify(anchor: ChainHead(position: 9, hash: anchor.hash))
            #expect(beyond.anchorHeld == false && beyond.firstBreak?.kind == .truncated)
        }
    }

    @Test("The database itself refuses UPDATE, DELETE and TRUNCATE of the log", arguments: Backend.allCases)
    func theLogIsImmutable(backend: Backend) async throws {
        try await withLog(backend) { subject in
            let log = subject.log
            try await log.append([event(), event()], to: "immutable-1", expected: .any, metadata: contractMetadata)
            let head = try await log.head()
            var attempts = [#"UPDATE events SET data = '{"n":2}' WHERE position = 1"#, "DELETE FROM events WHERE position = 2"]
            // SQLite has no TRUNCATE; its unqualified DELETE is the same operation.
            attempts.append(backend == .postgres ? "TRUNCATE events" : "DELETE FROM events")
            for sql in attempts {
                let refusal = try await subject.raw(sql)
                #expect(refusal != nil, "\(sql) was not refused")
                #expect(refusal?.contains("append-only") == true || refusal?.contains("immutable") == true, "\(refusal ?? "")")
            }
            #expect(try await log.head() == head)
            #expect(try await log.verify(anchor: head).isSound)
        }
    }
}
