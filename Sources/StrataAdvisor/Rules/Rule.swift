import StrataProfile

/// One piece of advisory knowledge: a condition on the workload and what it
/// does to the advice.
///
/// Rules are values in ``RuleCatalogue``, not branches in the engine: each
/// carries its id, its place in the guide, a one-line summary and an
/// explanation for `strata rules ID`, and a small pure function that returns
/// the rule's effects (nothing when its condition does not hold). Once
/// published, an id never changes meaning.
public struct Rule: Sendable, Identifiable {
    /// Stable id, e.g. `SEL-DOC-01`; new Strata rules use the `STRATA-` prefix.
    public let id: String
    /// The guide section the rule restates.
    public let section: RuleSection
    /// One line saying when the rule applies and what it does.
    public let summary: String
    /// Why the rule holds, for `strata rules ID`.
    public let explanation: String
    /// Whether the rule is evaluated for a single profile or only in the
    /// architecture review.
    public let scope: RuleScope
    let phase: RulePhase
    let evaluate: @Sendable (RuleInput) -> [RuleEffect]

    init(
        _ id: String, _ section: RuleSection, summary: String, explanation: String,
        phase: RulePhase = .ranking, scope: RuleScope = .profile,
        evaluate: @escaping @Sendable (RuleInput) -> [RuleEffect]
    ) {
        self.id = id
        self.section = section
        self.summary = summary
        self.explanation = explanation
        self.phase = phase
        self.scope = scope
        self.evaluate = evaluate
    }
}

/// Where a rule is evaluated.
public enum RuleScope: String, Sendable, Codable {
    /// Against one workload profile, by ``Advisor``.
    case profile
    /// Against recorded decisions and evidence, by ``ArchitectureReview``.
    case review
    /// Built into the ranking itself rather than evaluated as a condition.
    case engine
}

/// When during advice a rule runs.
enum RulePhase: Sendable {
    /// Shapes the ranking; runs twice (without, then with, a provisional ranking).
    case ranking
    /// Runs once on the finished ranking and may move one id to the top (ADD-02).
    case override
    /// Runs on the final ranking and only adds text, warnings and scaling steps.
    case annotation
}

/// What a rule's condition can see.
struct RuleInput: Sendable {
    let facts: ProfileFacts
    /// The provisional ranking (second ranking pass), or the final one
    /// (override and annotation phases); `nil` in the first pass.
    let ranking: Ranking?

    var profile: WorkloadProfile { facts.profile }

    /// Whether `technology` is on the ranked list.
    func listed(_ technology: Technology) -> Bool {
        ranking?.order.contains(technology) ?? false
    }

    /// The listed members of `ids`.
    func listed(among ids: Set<Technology>) -> Set<Technology> {
        ids.filter(listed)
    }
}
