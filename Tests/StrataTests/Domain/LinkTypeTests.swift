import Strata
import Testing

/// Link types are inverted in one place: every reader of a link from its target relies on it.
struct LinkTypeTests {
    @Test(arguments: ["supersedes", "superseded-by", "amends", "amended-by", "relates-to", "clarifies", "clarified-by"])
    func inverseIsAnInvolution(raw: String) {
        let type = LinkType(raw)
        #expect(type.rawValue == raw)
        #expect(type.inverse.inverse == type)
    }

    @Test func builtInPairsAndCustomLabels() {
        #expect(LinkType("supersedes").inverse == .supersededBy)
        #expect(LinkType("amends").inverse.rawValue == "amended-by")
        #expect(LinkType.relatesTo.inverse == .relatesTo)
        #expect(LinkType("clarifies").inverse.rawValue == "clarifies-by")
        #expect(LinkType("superseded-by").forward == .supersedes)
        #expect(LinkType("clarified-by").forward == nil && LinkType("supersedes").forward == nil)
    }
}
