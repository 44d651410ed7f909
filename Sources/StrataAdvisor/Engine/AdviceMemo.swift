import StrataProfile

/// Advice for many workloads, computed once per distinct case.
///
/// A report advises every workload of an architecture, and large ones hold many workloads
/// with the same profile under different names in the same situation. Only the workload's
/// name and the schema sketch named after it depend on the name (the ranking, the notes and
/// the rest of the design do not), so the memo ranks each case once and rebuilds just those
/// two parts for each name. The result is exactly ``Advisor/advise(_:context:)``'s.
public struct AdviceMemo: Sendable {
    private var cases: [String: [(context: AdvisoryContext, advice: Advice)]] = [:]

    /// Creates an empty memo.
    public init() {}

    /// The advice ``Advisor/advise(_:context:)`` gives, reusing an earlier case that differs
    /// only by the profile's name.
    public mutating func advise(_ profile: WorkloadProfile, context: AdvisoryContext) -> Advice {
        var unnamed = profile
        unnamed.name = ""
        let key = unnamed.canonicalJSON()
        guard let known = cases[key]?.first(where: { $0.context == context })?.advice else {
            let advice = Advisor.advise(profile, context: context)
            cases[key, default: []].append((context, advice))
            return advice
        }
        var advice = known
        advice.workload = profile.name
        if let top = advice.recommendations.first?.technology, advice.design != nil {
            let facts = ProfileFacts(profile: profile, context: context)
            advice.design?.schema = DesignPlanner.schemaSketch(top, facts).map { RuleNote(rule: DesignPlanner.schemaRule, text: $0) }
        }
        return advice
    }
}
