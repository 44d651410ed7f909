import StrataApp
import Testing

/// A filter value that matches nothing known fails with the nearest known ones; a known value
/// that selects nothing is an empty result.
@Suite struct FilterValueTests {
    private func rejection(_ demo: DemoStore, _ query: StrataStore.DecisionLogQuery) -> AppError? {
        demo.error { () throws(AppError) in try demo.store.decisionLog(at: .now, query) }
    }

    @Test func misspeltTechnologySuggestsTheVocabularySpelling() throws {
        let demo = try DemoStore()
        defer { demo.remove() }
        let error = rejection(demo, .init(technology: "postgress"))
        #expect(error?.code == .unknownFilterValue)
        #expect(error?.subject?.field == .technology)
        #expect(error?.remedy == .advice("did you mean 'postgresql'?"))
    }

    @Test func technologyAliasesFilterLikeTheirIds() throws {
        let demo = try DemoStore()
        defer { demo.remove() }
        let byID = try demo.store.decisionLog(at: .now, .init(technology: "postgresql"))
        #expect(!byID.decisions.isEmpty)
        #expect(try demo.store.decisionLog(at: .now, .init(technology: "Postgres")) == byID)
        #expect(try demo.store.listStores(at: .now, .init(technology: "elastic")) == demo.store.listStores(at: .now, .init(technology: "elasticsearch")))
    }

    @Test func unknownContextListsTheKnownOnes() throws {
        let demo = try DemoStore()
        defer { demo.remove() }
        let error = rejection(demo, .init(context: "C-9"))
        #expect(error?.subject?.field == .context)
        #expect(error?.remedy == .advice("known: C-1 (storefront), C-2 (payments)"))
    }

    @Test func statusTagAndDeciderSuggestTheNearestUsedValues() throws {
        let demo = try DemoStore()
        defer { demo.remove() }
        #expect(rejection(demo, .init(status: "accpted"))?.remedy == .advice("did you mean 'accepted'?"))
        #expect(rejection(demo, .init(tag: "serch"))?.remedy == .advice("did you mean 'search'?"))
        let decider = rejection(demo, .init(decider: "sam okafr"))
        #expect(decider?.subject?.field == .decider)
        #expect(decider?.remedy == .advice("did you mean 'Sam Okafor'?"))
    }

    @Test func knownValuesThatSelectNothingGiveAnEmptyLog() throws {
        let demo = try DemoStore()
        defer { demo.remove() }
        #expect(try demo.store.decisionLog(at: .now, .init(technology: "mysql")).decisions.isEmpty)
        #expect(try demo.store.decisionLog(at: .now, .init(status: "deprecated")).decisions.isEmpty)
    }

    @Test func listFiltersAreCheckedTheSameWay() throws {
        let demo = try DemoStore()
        defer { demo.remove() }
        let store = demo.error { () throws(AppError) in try demo.store.listStores(at: .now, .init(technology: "elasticserch")) }
        #expect(store?.remedy == .advice("did you mean 'elasticsearch'?"))
        let workload = demo.error { () throws(AppError) in try demo.store.listWorkloads(at: .now, .init(context: "billing")) }
        #expect(workload?.code == .unknownFilterValue)
        let metric = demo.error { () throws(AppError) in try demo.store.listMeasurements(at: .now, .init(metric: "cpu-percnt")) }
        #expect(metric?.subject?.field == .metric)
        #expect(metric?.remedy == .advice("did you mean 'cpu-percent'?"))
    }

    @Test func suggestionsAreNearestFirstAndBounded() {
        #expect(FieldNameSuggestion.nearest(to: "redsi", among: ["redis", "valkey", "neo4j"]) == ["redis"])
        #expect(FieldNameSuggestion.nearest(to: "zzzzzz", among: ["redis"]).isEmpty)
        #expect(FieldNameSuggestion.nearest(to: "postgres", among: ["mysql", "postgresql"]) == ["postgresql"])
        #expect(FieldNameSuggestion.nearest(to: "acc", among: ["accessPatterns"]) == ["accessPatterns"], "a prefix counts for filters")
        #expect(FieldNameSuggestion.closest(to: "acc", among: ["accessPatterns"]) == nil, "closest keeps its edit-distance-only meaning")
    }
}
