import Foundation
import Testing
import Strata

/// Event ids are RFC 9562 version-7 UUIDs: time-ordered, lowercase, canonical.
@Suite struct EventIDTests {
    @Test func idsAreCanonicalVersion7() throws {
        for _ in 0..<100 {
            let id = EventID.make()
            let chars = Array(id)
            #expect(chars.count == 36)
            #expect([chars[8], chars[13], chars[18], chars[23]] == ["-", "-", "-", "-"])
            #expect(chars[14] == "7", "version nibble of \(id)")
            #expect("89ab".contains(chars[19]), "RFC 4122 variant of \(id)")
            #expect(id == id.lowercased())
            #expect(UUID(uuidString: id) != nil)
            #expect(EventID.isValid(id))
        }
    }

    @Test func idsSortByTheirTime() {
        // Mid-millisecond instants, so floating-point rounding cannot merge two of them.
        let ids = (0..<200).map { EventID.make(at: Date(timeIntervalSince1970: 1_750_000_000.0005 + Double($0) / 1000)) }
        #expect(ids.sorted() == ids)
        #expect(Set(ids).count == ids.count)
    }

    @Test func theTimestampFieldHoldsUnixMilliseconds() throws {
        let date = Date(timeIntervalSince1970: 1_750_000_000.123)
        let id = EventID.make(at: date)
        let hex = id.replacingOccurrences(of: "-", with: "").prefix(12)
        #expect(UInt64(hex, radix: 16) == 1_750_000_000_123)
    }

    @Test func idsMintedNowCarryTheCurrentTime() throws {
        let before = UInt64(Date().timeIntervalSince1970 * 1000)
        let id = EventID.make()
        let after = UInt64(Date().timeIntervalSince1970 * 1000)
        let millis = try #require(UInt64(id.replacingOccurrences(of: "-", with: "").prefix(12), radix: 16))
        #expect(millis >= before && millis <= after)
    }

    @Test func storedEventIdsAreVersion7AndFollowAppendOrderAcrossMilliseconds() throws {
        let store = try TemporaryStore()
        defer { store.remove() }
        try store.log.append([note(id: EventID.make(at: Date(timeIntervalSince1970: 1_700_000_000)))],
                             to: "note-1", expected: .any, metadata: testMetadata)
        try store.log.append([note(id: EventID.make(at: Date(timeIntervalSince1970: 1_700_000_001)))],
                             to: "note-1", expected: .any, metadata: testMetadata)
        let ids = try store.log.events().map(\.eventID)
        #expect(ids.allSatisfy { Array($0)[14] == "7" })
        #expect(ids.sorted() == ids)
    }

    @Test(arguments: [
        ("0190a6c0-0000-7000-8000-000000000001", true),
        ("0190A6C0-0000-7000-8000-000000000001", true),
        ("0190a6c00000700080000000000000001", false),
        ("{0190a6c0-0000-7000-8000-000000000001}", false),
        ("0190a6c0-0000-7000-8000-00000000000g", false),
        ("0190a6c0-0000-7000-8000-0000000000011", false),
        ("0190a6c0-0000-7000-8000-00000000001", false),
        ("0190a6c00-000-7000-8000-000000000001", false),
        ("0190a6c0-0000-7000-8000-00000000000é", false),
        ("0190a6c0 0000 7000 8000 000000000001", false),
        ("", false),
    ])
    func validity(text: String, valid: Bool) {
        #expect(EventID.isValid(text) == valid)
    }
}
