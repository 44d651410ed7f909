import Foundation
import Testing
import Strata

/// The SHA-256 chain covers every column, so any change to any column changes the hash.
@Suite struct EventHasherTests {
    static let base = RecordedEvent(
        position: 1, eventID: "0190a6c0-0000-7000-8000-000000000001", streamID: "note-1", category: "note",
        streamVersion: 1, eventType: "note.written", schemaVersion: 1, data: "{\"text\":\"hi\"}",
        metadata: "{\"actor\":\"a\"}", recordedAt: Timestamp(microseconds: 10), effectiveAt: Timestamp(microseconds: 10),
        prevHash: [UInt8](repeating: 0, count: 32), hash: [])

    static let changes: [(String, @Sendable (inout RecordedEvent) -> Void)] = [
        ("position", { $0.position = 2 }), ("eventID", { $0.eventID = "0190a6c0-0000-7000-8000-000000000002" }),
        ("streamID", { $0.streamID = "note-2" }), ("category", { $0.category = "notes" }),
        ("streamVersion", { $0.streamVersion = 2 }), ("eventType", { $0.eventType = "note.edited" }),
        ("schemaVersion", { $0.schemaVersion = 2 }), ("data", { $0.data = "{\"text\":\"hi\" }" }),
        ("metadata", { $0.metadata = "{\"actor\":\"b\"}" }), ("recordedAt", { $0.recordedAt.microseconds += 1 }),
        ("effectiveAt", { $0.effectiveAt.microseconds += 1 }), ("prevHash", { $0.prevHash[31] = 1 }),
        ("field boundary", { $0.eventType = "note.writte"; $0.data = "n{\"text\":\"hi\"}" }),
    ]

    @Test func everyColumnIsCovered() {
        let original = EventHasher.hash(of: Self.base)
        #expect(original.count == 32)
        for (name, change) in Self.changes {
            var changed = Self.base
            change(&changed)
            #expect(EventHasher.hash(of: changed) != original, "changing \(name) must change the hash")
        }
    }

    @Test func theStoredHashFieldIsIgnored() {
        var withHash = Self.base
        withHash.hash = [UInt8](repeating: 7, count: 32)
        #expect(EventHasher.hash(of: withHash) == EventHasher.hash(of: Self.base))
    }

    @Test func hashIsFrozen() {
        // Stores in the field were chained with this exact function; changing it breaks every `verify`.
        #expect(Hex.encode(EventHasher.hash(of: Self.base)) == Self.frozenHash)
        #expect(Hex.encode(EventHasher.genesis(storeID: "store-1")) == Self.frozenGenesis)
    }

    static let frozenHash = "1803e2ca8d395e7d31bb3f603139715daf824d99a54deafbf588785d210bb11a"
    static let frozenGenesis = "ad33f9ccf3b15a3e3dab5daff2fcceff29694d1fd11c3d349de4962be7c145dc"

    @Test func everyStoreHasItsOwnGenesis() throws {
        let first = try TemporaryStore(), second = try TemporaryStore()
        defer { first.remove(); second.remove() }
        #expect(first.log.storeID != second.log.storeID)
        #expect(try first.log.head().hash != (try second.log.head().hash))
        #expect(try first.log.head().hash == EventHasher.genesis(storeID: first.log.storeID))
    }

    @Test func storedHashesMatchTheHasher() throws {
        let store = try TemporaryStore()
        defer { store.remove() }
        try store.log.appendNotes(3, to: "note-1")
        for event in try store.log.events() {
            #expect(EventHasher.hash(of: event) == event.hash)
        }
    }
}
