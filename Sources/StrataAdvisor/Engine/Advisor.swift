import StrataProfile

/// Recommends databases for a workload profile.
///
/// Pure and deterministic: the same profile and context always give the
/// same advice, byte for byte, because rules are evaluated in catalogue
/// order and every tie ends in a comparison of technology ids.
///
/// ```swift
/// let profile = try WorkloadProfile.parse(data)
/// let advice = Advisor.advise(profile, context: .init(existingTechnologies: [.postgresql]))
/// print(advice.jsonString())
/// ```
public enum Advisor {
    /// Advises on one workload.
    ///
    /// Ranking rules run twice: once blind, then with the provisional
    /// ranking (some conditions, such as "a SQLite id would otherwise rank
    /// first", need it). ADD-02 may then move an existing store to the top,
    /// and annotation rules add text, warnings, assumptions and scaling.
    ///
    /// - Parameters:
    ///   - profile: A profile, normally from ``WorkloadProfile/parse(_:)-(Data)``.
    ///     One without access patterns gets no recommendation (AVOID-01).
    ///   - context: What the architecture knows beyond the profile.
    public static func advise(_ profile: WorkloadProfile, context: AdvisoryContext = .init()) -> Advice {
        let facts = ProfileFacts(profile: profile, context: context)
        let rules = RuleCatalogue.all.filter { $0.scope == .profile }
        if profile.accessPatterns.isEmpty {
            let refusal = evaluate(rules.filter { $0.id == "AVOID-01" }, facts: facts, ranking: nil)
            return AdviceAssembler.assemble(facts: facts, ranking: Ranking(order: [], points: [:]), effects: refusal)
        }
        let rankingRules = rules.filter { $0.phase == .ranking }
        let provisional = Ranker.rank(evaluate(rankingRules, facts: facts, ranking: nil), facts: facts)
        let shaping = evaluate(rankingRules, facts: facts, ranking: provisional)
        var ranking = Ranker.rank(shaping, facts: facts)
        let overrides = evaluate(rules.filter { $0.phase == .override }, facts: facts, ranking: ranking)
        for case .promote(let technology) in overrides.map(\.effect) where technology.isInSchema {
            ranking = ranking.promoting(technology)
        }
        let notes = evaluate(rules.filter { $0.phase == .annotation }, facts: facts, ranking: ranking)
        return AdviceAssembler.assemble(facts: facts, ranking: ranking, effects: shaping + overrides + notes)
    }

    private static func evaluate(_ rules: [Rule], facts: ProfileFacts, ranking: Ranking?) -> [TaggedEffect] {
        let input = RuleInput(facts: facts, ranking: ranking)
        return rules.flatMap { rule in rule.evaluate(input).map { TaggedEffect(rule: rule.id, effect: $0) } }
    }
}
