import StrataAdvisor
import StrataProfile
import Testing

/// The report's memo (issue 16: one advice per distinct case) gives exactly what the advisor gives.
struct AdviceMemoTests {
    @Test("STRATA-DESIGN-01: a profile differing only by name reuses the ranking and gets its own name and schema sketch",
          arguments: [#""accessPatterns": ["relational", "range-scan"]"#, #""accessPatterns": ["session", "cache"]"#, #""accessPatterns": ["event-stream"], "context": "billing""#])
    func sameAsTheAdvisor(fields: String) throws {
        var memo = AdviceMemo()
        let context = AdvisoryContext(existingTechnologies: [.postgresql])
        for name in ["orders", "order-lines", "orders"] {
            var profile = FiringCase.profile(fields)
            profile.name = name
            let direct = Advisor.advise(profile, context: context)
            let memoised = memo.advise(profile, context: context)
            #expect(memoised.jsonString() == direct.jsonString(), "\(name)")
        }
        let other = AdvisoryContext(existingTechnologies: [.mysql])
        let profile = FiringCase.profile(fields)
        #expect(memo.advise(profile, context: other).jsonString() == Advisor.advise(profile, context: other).jsonString(), "another situation is advised afresh")
    }
}
