import Foundation
import GRDB
import Testing
import Strata

/// A head recorded earlier (`POSITION:HASH`) proves the log still extends it: the only way to
/// catch a truncated tail or a wholesale rewrite, which leave a self-consistent chain.
@Suite struct ChainAnchorTests {
    @Test func anchorHoldsWhileTheLogGrows() throws {
        let store = try TemporaryStore()
        defer { store.remove() }
        try store.log.appendNotes(3, to: "note-1")
        let anchor = try store.log.head()
        try store.log.appendNotes(2, to: "note-1")

        let result = try store.log.verify(anchor: anchor)
        #expect(result.anchorHeld == true)
        #expect(result.isSound)
        #expect(try store.log.verify(anchor: try store.log.head()).anchorHeld == true)
    }

    @Test func anchorAtTheEmptyLogHolds() throws {
        let store = try TemporaryStore()
        defer { store.remove() }
        let anchor = try store.log.head()
        try store.log.appendNotes(1, to: "note-1")
        #expect(try store.log.verify(anchor: anchor).anchorHeld == true)
    }

    @Test func anchorAtTheEmptyLogOfAnotherStoreFails() throws {
        let store = try TemporaryStore(), other = try TemporaryStore()
        defer { store.remove(); other.remove() }
        let foreignGenesis = try other.log.head()
        let result = try store.log.verify(anchor: foreignGenesis)
        #expect(result.anchorHeld == false)
        #expect(!result.isSound)
    }

    @Test func truncatedTailIsCaughtByTheAnchor() throws {
        let store = try TemporaryStore()
        defer { store.remove() }
        try store.log.appendNotes(5, to: "note-1")
        let anchor = try store.log.head()
        try store.connectionWithoutTriggers().write { db in
            try db.execute(sql: "DELETE FROM events WHERE position > 3")
            // A forger with the file also lowers its watermark: only an anchor kept elsewhere remains.
            try db.execute(sql: "DROP TRIGGER log_watermark_never_lowers")
            try db.execute(sql: "UPDATE log_watermark SET position = 3, hash = (SELECT hash FROM events WHERE position = 3)")
        }

        let unanchored = try store.log.verify()
        #expect(unanchored.firstBreak == nil, "a shorter chain is still self-consistent")
        let result = try store.log.verify(anchor: anchor)
        #expect(result.anchorHeld == false)
        #expect(!result.isSound)
        #expect(result.firstBreak?.kind == .truncated)
        #expect(result.firstBreak?.position == 4)
    }

    @Test func rewrittenHistoryIsCaughtByTheAnchor() throws {
        let store = try TemporaryStore()
        defer { store.remove() }
        try store.log.appendNotes(3, to: "note-1")
        let anchor = try store.log.head()
        // Rewrite the whole chain consistently: every hash recomputed, so only the anchor can tell.
        var events = try store.log.events()
        var previous = EventHasher.genesis(storeID: store.log.storeID)
        for index in events.indices {
            events[index].data = "{\"text\":\"rewritten\"}"
            events[index].prevHash = previous
            events[index].hash = EventHasher.hash(of: events[index])
            previous = events[index].hash
        }
        try store.connectionWithoutTriggers().write { db in
            for event in events {
                try db.execute(sql: "UPDATE events SET data = ?, prev_hash = ?, hash = ? WHERE position = ?",
                               arguments: [event.data, Data(event.prevHash), Data(event.hash), event.position])
            }
            try db.execute(sql: "UPDATE log_watermark SET hash = ?", arguments: [Data(previous)])
        }

        #expect(try store.log.verify().firstBreak == nil)
        let result = try store.log.verify(anchor: anchor)
        #expect(result.anchorHeld == false)
        #expect(result.firstBreak?.kind == .anchorMismatch)
        #expect(result.firstBreak?.position == 3)
    }

    @Test func anchorBeforeABreakFailsToo() throws {
        let store = try TemporaryStore()
        defer { store.remove() }
        try store.log.appendNotes(4, to: "note-1")
        let anchor = try store.log.head()
        try store.connectionWithoutTriggers().write { db in
            try db.execute(sql: "UPDATE events SET data = '[]' WHERE position = 2")
        }
        let result = try store.log.verify(anchor: anchor)
        #expect(result.anchorHeld == false)
        #expect(result.firstBreak?.kind == .contentChanged)
    }

    @Test func projectionCheckpointBeyondTheHeadRevealsTruncation() throws {
        let store = try TemporaryStore()
        defer { store.remove() }
        try store.log.appendNotes(3, to: "note-1")
        try store.log.write { db in
            try db.execute(sql: """
                INSERT INTO projection_checkpoints (projection, projector_version, position, position_hash, updated_at)
                VALUES ('noteCount', 1, 5, NULL, 0)
                """)
        }
        let result = try store.log.verify()
        #expect(result.firstBreak?.kind == .truncated)
        #expect(result.firstBreak?.position == 4)
        #expect(result.firstBreak?.detail.contains("noteCount") == true)
    }

    @Test func anchorTextIsPositionColonLowercaseHex() throws {
        let head = ChainHead(position: 42, hash: [UInt8](repeating: 0xAB, count: 32))
        #expect(head.anchor == "42:" + String(repeating: "ab", count: 32))
        #expect(Hex.decode(String(repeating: "AB", count: 32)) == head.hash)
        #expect(Hex.decode("abc") == nil)
        #expect(Hex.decode("zz") == nil)
    }
}
