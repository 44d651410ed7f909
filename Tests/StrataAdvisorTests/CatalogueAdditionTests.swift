import StrataAdvisor
import StrataProfile
import Testing

/// Issue 16: stores outside the profile schema (ClickHouse, DynamoDB, …)
/// are read by their category but never recommended.
struct CatalogueAdditionTests {
    private static let additions = Technology.allCases.filter { !$0.isInSchema }

    @Test("With every catalogue addition running, advice still names schema ids only")
    func adviceNamesSchemaIDsOnly() {
        let context = AdvisoryContext(existingTechnologies: Self.additions)
        for profile in ProfileCorpus.examples + ProfileCorpus.tables {
            let advice = Advisor.advise(profile, context: context)
            #expect(advice.recommendations.allSatisfy { $0.technology.isInSchema }, "\(profile.name)")
            #expect(!advice.recommendations.isEmpty, "\(profile.name)")
        }
    }

    @Test("ADD-03 by category: a running ClickHouse serves analytics, so DuckDB is no missing capability")
    func additionServesByCategory() {
        let analytics = #""accessPatterns": ["aggregation", "range-scan"]"#
        let alone = FiringCase.advise(analytics + #", "existingStores": ["postgresql"]"#)
        let withOLAP = FiringCase.advise(analytics + #", "existingStores": ["postgresql"]"#,
                                         context: AdvisoryContext(existingTechnologies: [.clickhouse]))
        #expect(alone.warningCodes.contains(.prematurePolyglot), "PostgreSQL alone: DuckDB would be a new kind of store")
        #expect(!withOLAP.warningCodes.contains(.prematurePolyglot), "an analytical store already runs: \(withOLAP.warnings)")
    }
}
