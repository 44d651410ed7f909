import StrataAdvisor
import StrataProfile
import Testing

/// Every profile-scope rule fires inside its condition and stays silent just
/// outside it; review- and engine-scope rules are covered by their own suites.
struct RuleFiringTests {
    static let cases = FiringCase.selection + FiringCase.architecture + FiringCase.strata + FiringCase.architect

    /// Rules whose behaviour is tested outside the fire/no-fire tables, with where.
    static let coveredElsewhere: [String: String] = [
        "AVOID-01": "RuleFiringTests.emptyAccessPatternsGetNoRecommendation",
        "AVOID-02": "ArchitectureReviewTests / ScalingAdvisorTests (premature sharding)",
        "AVOID-03": "ArchitectureReviewTests (unmeasured justification)",
        "AVOID-04": "RankingPrecedenceTests.onlyNominatedTechnologiesAreListed",
        "STRATA-SCALE-01": "ScalingAdvisorTests (write path)",
        "STRATA-SCALE-02": "ScalingAdvisorTests (storage path)",
        "STRATA-RANK-01": "ArchitectRankingTests (need before placement)",
        "STRATA-TIE-01": "ArchitectRankingTests (ties by reasoning)",
        "STRATA-FIT-03": "RunningSystemTests / AdviseRunningSystemTests (fit margin, caches)",
        "STRATA-DESIGN-01": "DesignTests (schema sketch)",
        "STRATA-DESIGN-02": "DesignTests (migration plan)",
        "STRATA-DESIGN-03": "DesignTests (operations)",
        "STRATA-DESIGN-04": "DesignTests (sizing)",
    ]

    @Test("The rule fires inside its condition", arguments: cases)
    func fires(_ example: FiringCase) {
        let advice = FiringCase.advise(example.fires, context: example.firingContext)
        #expect(advice.firedRules.contains(example.rule), "fired: \(advice.firedRules)")
    }

    @Test("The rule stays silent outside its condition", arguments: cases)
    func staysSilent(_ example: FiringCase) {
        let advice = FiringCase.advise(example.silent, context: example.silentContext)
        #expect(!advice.firedRules.contains(example.rule), "fired: \(advice.firedRules)")
    }

    @Test("Every table profile is a valid profile", arguments: cases)
    func tableProfilesParse(_ example: FiringCase) throws {
        _ = try WorkloadProfile.parse(FiringCase.json(example.fires))
        _ = try WorkloadProfile.parse(FiringCase.json(example.silent))
    }

    @Test("Every catalogue rule is covered by a fire/no-fire case or a named suite")
    func everyRuleIsCovered() {
        let tabled = Self.cases.map(\.rule)
        #expect(Set(tabled).count == tabled.count, "a rule appears twice in the tables")
        let covered = Set(tabled).union(Self.coveredElsewhere.keys)
        let catalogue = Set(RuleCatalogue.all.map(\.id))
        #expect(catalogue.subtracting(covered).sorted() == [], "rules without a test")
        #expect(covered.subtracting(catalogue).sorted() == [], "tests for unknown rules")
    }

    @Test("Rules tested elsewhere are exactly the non-profile rules plus AVOID-01")
    func elsewhereMatchesScope() {
        let nonProfile = RuleCatalogue.all.filter { $0.scope != .profile }.map(\.id)
        #expect(Set(nonProfile).union(["AVOID-01"]) == Set(Self.coveredElsewhere.keys))
    }

    @Test("AVOID-01: a profile without access patterns gets no recommendation")
    func emptyAccessPatternsGetNoRecommendation() {
        let advice = Advisor.advise(WorkloadProfile(name: "blank", accessPatterns: []))
        #expect(advice.recommendations.isEmpty)
        #expect(advice.firedRules == ["AVOID-01"])
        #expect(!advice.assumptions.isEmpty)
        let normal = Advisor.advise(WorkloadProfile(name: "plain", accessPatterns: [.relational]))
        #expect(!normal.firedRules.contains("AVOID-01"))
        #expect(!normal.recommendations.isEmpty)
    }
}
