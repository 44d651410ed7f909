import StrataProfile

/// Builds the contract-shaped ``Advice`` from a ranking and the effects of
/// every rule that fired.
enum AdviceAssembler {
    static func assemble(facts: ProfileFacts, ranking: Ranking, effects: [TaggedEffect]) -> Advice {
        let scores = ScoreScale.scores(for: ranking)
        let recommendations = ranking.order.enumerated().map { position, technology in
            Recommendation(
                technology: technology, category: technology.category, score: scores[position],
                reasons: notes(effects, for: technology, isTop: position == 0, kind: .reason)
                    + tieNotes(ranking, for: technology),
                cautions: notes(effects, for: technology, isTop: position == 0, kind: .caution))
        }
        let fired = Set(effects.map(\.rule)).sorted { RuleCatalogue.position(of: $0) < RuleCatalogue.position(of: $1) }
        return Advice(
            workload: facts.profile.name, recommendations: recommendations,
            warnings: warnings(effects), assumptions: assumptions(effects),
            scaling: scaling(effects).filter { facts.topology?.has($0.step) != true }, firedRules: fired,
            design: DesignPlanner.design(facts, ranking))
    }

    private static func notes(
        _ effects: [TaggedEffect], for technology: Technology, isTop: Bool, kind: RuleEffect.NoteKind
    ) -> [RuleNote] {
        var notes: [(note: RuleNote, weight: Int)] = []
        for tagged in effects {
            guard let text = text(of: tagged.effect, for: technology, isTop: isTop, kind: kind) else { continue }
            let note = RuleNote(rule: tagged.rule, text: text)
            if !notes.contains(where: { $0.note == note }) { notes.append((note, weight(of: tagged))) }
        }
        let strongestFirst = notes.enumerated().sorted { lhs, rhs in
            lhs.element.weight != rhs.element.weight ? lhs.element.weight > rhs.element.weight : lhs.offset < rhs.offset
        }
        return strongestFirst.map(\.element.note)
    }

    /// Notes read from the recorded architecture, which a reviewer states first.
    private static let runningSystemRules: Set<String> = ["STRATA-SCALE-03", "STRATA-LOAD-01", "STRATA-MIG-01"]

    /// The tie-breaks `technology` won against a store still listed after it.
    private static func tieNotes(_ ranking: Ranking, for technology: Technology) -> [RuleNote] {
        guard let position = ranking.order.firstIndex(of: technology) else { return [] }
        return ranking.tieBreaks.filter { tie in
            tie.winner == technology && ranking.order.firstIndex(of: tie.loser).map { $0 > position } == true
        }.map { RuleNote(rule: TieBreak.rule, text: $0.criterion.sentence($0.winner, over: $0.loser)) }
    }

    /// How much a note says about the ranking, so the strongest reasons lead:
    /// an override or what the running system says first, then ↑↑, then ↑,
    /// then plain notes.
    private static func weight(of tagged: TaggedEffect) -> Int {
        switch tagged.effect {
        case .weight(_, let points, _, _): abs(points)
        case .note where RuleCatalogue.rule(id: tagged.rule)?.phase == .override: 3
        case .note where runningSystemRules.contains(tagged.rule): 3
        default: 0
        }
    }

    /// The sentence an effect contributes to one recommendation, if any.
    private static func text(
        of effect: RuleEffect, for technology: Technology, isTop: Bool, kind: RuleEffect.NoteKind
    ) -> String? {
        switch effect {
        case .weight(let ids, let points, let text, _):
            guard ids.contains(technology), points != 0 else { return nil }
            return (points > 0) == (kind == .reason) ? text : nil
        case .note(.technologies(let ids), let noteKind, let text):
            return ids.contains(technology) && noteKind == kind ? text : nil
        case .note(.top, let noteKind, let text):
            return isTop && noteKind == kind ? text : nil
        default:
            return nil
        }
    }

    private static func warnings(_ effects: [TaggedEffect]) -> [AdviceWarning] {
        var warnings: [AdviceWarning] = []
        for case (let rule, .warning(let code, let text)) in effects.map({ ($0.rule, $0.effect) })
        where !warnings.contains(where: { $0.code == code && $0.rule == rule }) {
            warnings.append(AdviceWarning(code: code, rule: rule, text: text))
        }
        return warnings
    }

    private static func assumptions(_ effects: [TaggedEffect]) -> [String] {
        var texts: [String] = []
        for case .assumption(let text) in effects.map(\.effect) where !texts.contains(text) {
            texts.append(text)
        }
        return texts
    }

    private static func scaling(_ effects: [TaggedEffect]) -> [ScalingNote] {
        var steps: [ScalingNote] = []
        for case (let rule, .scaling(let step, let text)) in effects.map({ ($0.rule, $0.effect) })
        where !steps.contains(where: { $0.step == step }) {
            steps.append(ScalingNote(step: step, rule: rule, text: text))
        }
        return steps.sorted { $0.step < $1.step }
    }
}
