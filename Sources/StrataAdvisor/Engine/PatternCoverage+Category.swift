import StrataProfile

extension PatternCoverage {
    /// The patterns a store of `category` serves when all the advisor knows is its category: an
    /// `other:NAME` technology is credited with what its kind of store does, no more.
    static func patternsServed(byCategory category: StoreCategory) -> Set<AccessPattern> {
        switch category {
        case .relational: relationalCorePatterns
        case .embedded: [.keyLookup, .relational, .rangeScan, .aggregation]
        case .document: [.document, .keyLookup, .rangeScan]
        case .keyValue: [.keyLookup, .cache, .session]
        case .vector: [.vectorSimilarity]
        case .timeSeries: [.timeSeries, .aggregation, .rangeScan]
        case .eventStreaming: [.eventStream, .queue, .pubSub]
        case .graph: [.graphTraversal]
        case .analytical: [.aggregation, .rangeScan]
        case .search: [.fullText, .aggregation]
        case .wideColumn: [.keyLookup, .rangeScan]
        }
    }

    /// The patterns a recorded store serves: a catalogue technology by the catalogue's table, an
    /// `other:` one by its category's.
    static func patternsServed(by technology: StoreTechnology) -> Set<AccessPattern> {
        switch technology {
        case .catalogue(let known): patternsServed(by: known)
        case .other(_, let category): patternsServed(byCategory: category)
        }
    }

    /// Whether a recorded store meets `need`; nothing is assumed of an `other:` store.
    static func offers(_ need: Need, _ technology: StoreTechnology) -> Bool {
        technology.catalogueEntry.map { providers(of: need).contains($0) } ?? false
    }
}
