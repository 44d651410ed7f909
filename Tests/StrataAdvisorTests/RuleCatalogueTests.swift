import Foundation
import StrataAdvisor
import Testing

/// The catalogue itself: complete, unique, documented and searchable.
struct RuleCatalogueTests {
    static let catalogueIDs = RuleCatalogue.all.map(\.id)

    @Test("Ids are unique; the 100 catalogue rules are all there, plus Strata's own")
    func idsAreCompleteAndUnique() {
        #expect(Set(Self.catalogueIDs).count == Self.catalogueIDs.count)
        let own = Self.catalogueIDs.filter { $0.hasPrefix("STRATA-") }
        #expect(Self.catalogueIDs.count - own.count == 100)
        #expect(RuleCatalogue.all.filter { $0.id.hasPrefix("STRATA-") }.allSatisfy { $0.section == .strataAdditions })
    }

    @Test("When RULES.md is present, its ids are exactly the catalogue's non-Strata ids")
    func matchesLiveCatalogue() throws {
        let root = URL(fileURLWithPath: #filePath).resolvingSymlinksInPath()
            .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let file = root.appendingPathComponent("../shared/reference/RULES.md").standardizedFileURL
        guard let text = try? String(contentsOf: file, encoding: .utf8) else { return }
        let pattern = try NSRegularExpression(pattern: #"^\| ([A-Z][A-Z0-9]*(?:-[A-Z0-9]+)+) \|"#, options: .anchorsMatchLines)
        let range = NSRange(text.startIndex..., in: text)
        let ids = pattern.matches(in: text, range: range).compactMap { Range($0.range(at: 1), in: text).map { String(text[$0]) } }
        #expect(ids.count == 100)
        #expect(Set(ids) == Set(Self.catalogueIDs.filter { !$0.hasPrefix("STRATA-") }))
    }

    @Test("Every rule has a one-line summary and an explanation")
    func rulesAreDocumented() {
        for rule in RuleCatalogue.all {
            #expect(!rule.summary.isEmpty && !rule.summary.contains("\n"), "\(rule.id)")
            #expect(rule.explanation.count > rule.id.count && !rule.explanation.hasSuffix("\n"), "\(rule.id)")
        }
    }

    @Test("Lookup ignores case; an unknown id names itself and suggests neighbours")
    func lookup() throws {
        #expect(try RuleCatalogue.lookup("add-02").id == "ADD-02")
        #expect(RuleCatalogue.rule(id: "NOPE-01") == nil)
        #expect(throws: RuleLookupError.self) { try RuleCatalogue.lookup("SEL-DOC-99") }
        do {
            _ = try RuleCatalogue.lookup("SEL-DOC-99")
        } catch {
            #expect(error.suggestions.contains("SEL-DOC-01"))
            #expect(error.description.contains("SEL-DOC-99") && error.description.contains("SEL-DOC-01"))
        }
    }
}
