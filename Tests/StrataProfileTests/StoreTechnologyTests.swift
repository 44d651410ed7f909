import StrataProfile
import Testing

/// Issue 16: `other:NAME` with a category for a technology outside the catalogue.
struct StoreTechnologyTests {
    @Test("A catalogue id or alias needs no category; other:NAME keeps its name as written and takes its category")
    func parses() throws {
        #expect(try StoreTechnology.parse("pg", category: nil) == .catalogue(.postgresql))
        #expect(try StoreTechnology.parse("Redis", category: "key-value") == .catalogue(.redis), "a matching category is fine")
        let other = try StoreTechnology.parse("other:FoundationDB", category: "key-value")
        #expect(other == .other(name: "FoundationDB", category: .keyValue))
        #expect(other.id == "other:FoundationDB" && other.displayName == "FoundationDB" && other.category == .keyValue)
        #expect(other.catalogueEntry == nil)
        #expect(try StoreTechnology.parse("OTHER: Dgraph ", category: "Graph") == .other(name: "Dgraph", category: .graph))
    }

    @Test("A missing or unknown category, an empty name or a contradicting category is one line listing what is valid")
    func refusesWithOneLine() {
        let every = StoreCategory.allCases.map(\.rawValue)
        func message(_ text: String, _ category: String?) -> String {
            do { _ = try StoreTechnology.parse(text, category: category); return "" } catch { return error.description }
        }
        let missing = message("other:FoundationDB", nil)
        #expect(missing.contains("other:FoundationDB needs a category") && every.allSatisfy(missing.contains), "\(missing)")
        let unknown = message("other:FoundationDB", "kv")
        #expect(unknown.contains("category 'kv' is not known") && every.allSatisfy(unknown.contains), "\(unknown)")
        #expect(message("other:", "graph").contains("names no technology"))
        #expect(message("other:Foo\nBar", "graph").contains("without control characters"))
        #expect(message("other:" + String(repeating: "x", count: 61), "graph").contains("at most 60 characters"))
        #expect(message("redis", "relational").contains("redis, which is key-value"))
        #expect(message("postgress", nil).contains("did you mean postgresql"))
        for text in [missing, unknown] { #expect(!text.contains("\n")) }
    }

    @Test("A stored value reads back: catalogue ids ignore the category column, other: ones need it")
    func storedValues() {
        #expect(StoreTechnology(stored: "postgresql", category: "relational") == .catalogue(.postgresql))
        #expect(StoreTechnology(stored: "other:Vespa", category: "search") == .other(name: "Vespa", category: .search))
        #expect(StoreTechnology(stored: "other:Vespa", category: nil) == nil)
        #expect(StoreTechnology(stored: "nonsense", category: nil) == nil)
        #expect([StoreTechnology.other(name: "b", category: .graph), .catalogue(.redis), .other(name: "A", category: .graph)].sorted().map(\.id)
                == ["other:A", "other:b", "redis"])
    }
}
