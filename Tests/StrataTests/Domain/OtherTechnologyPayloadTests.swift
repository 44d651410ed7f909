import Foundation
import Strata
import StrataJSON
import Testing

/// Issue 16: adopting `other:NAME` adds an optional `category` to `store.adopted` and to the
/// `adoptStore` effect; payloads without it decode and re-encode byte for byte as before.
struct OtherTechnologyPayloadTests {
    /// A `store.adopted` payload as stored before `category` existed (frozen; never regenerate).
    static let frozenAdoption = #"{"contextID":"c1","decisionID":"d1","justifications":[],"name":"main","number":1,"role":"primary","storeID":"s1","technology":"postgresql","workloadIDs":["w1"]}"#
    /// A decision effect as stored before `category` existed (frozen).
    static let frozenEffect = #"{"adoptStore":{"context":"c1","justifications":[{"freeText":{"text":"why"}}],"name":"search","role":"search","technology":"elasticsearch","workloads":["w1"]}}"#

    @Test("Old payloads decode to the catalogue technology and re-encode unchanged")
    func oldPayloadsAreUnchanged() throws {
        let adopted = try JSONCodec.decode(StoreAdopted.self, from: Self.frozenAdoption)
        #expect(adopted.technology == .catalogue(.postgresql))
        #expect(adopted.encodedJSON() == Self.frozenAdoption)
        let effect = try JSONCodec.decode(ArchitectureEffect.self, from: Self.frozenEffect)
        guard case .adoptStore(let technology, "search", "c1", .search, ["w1"], _) = effect else {
            Issue.record("decoded as \(effect)")
            return
        }
        #expect(technology == .catalogue(.elasticsearch))
        #expect(try JSONCodec.text(effect) == Self.frozenEffect)
    }

    @Test("An other: technology round-trips with its category beside it; without one it is refused with the valid categories")
    func otherRoundTrips() throws {
        var adopted = try JSONCodec.decode(StoreAdopted.self, from: Self.frozenAdoption)
        adopted.technology = .other(name: "FoundationDB", category: .keyValue)
        let text = adopted.encodedJSON()
        #expect(text.contains(#""category":"key-value""#) && text.contains(#""technology":"other:FoundationDB""#))
        #expect(try JSONCodec.decode(StoreAdopted.self, from: text) == adopted)
        let missing = Self.frozenAdoption.replacingOccurrences(of: #""technology":"postgresql""#, with: #""technology":"other:FoundationDB""#)
        #expect {
            _ = try JSONCodec.decode(StoreAdopted.self, from: missing)
        } throws: { error in
            "\(error)".contains("needs a category") && "\(error)".contains("key-value")
        }
        let effect = ArchitectureEffect.adoptStore(
            technology: .other(name: "Dgraph", category: .graph), name: "g", context: "c1", role: .primary, workloads: nil, justifications: nil)
        #expect(try JSONCodec.decode(ArchitectureEffect.self, from: try JSONCodec.text(effect)) == effect)
    }
}
