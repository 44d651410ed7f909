import StrataProfile

/// Turns rule effects into an ordered list, applying the precedence of
/// RULES.md §0.4.
///
/// 1. Only nominated ids are listed; points order them, with ties broken
///    by the knowledge's reasoning (``TieBreak``, STRATA-TIE-01), each
///    deciding tie recorded so the advice can say why.
/// 2. "First within a group" moves an id ahead of its group's other members.
/// 3. Position 1 goes to the best eligible id (see ``FirstChoice``): a
///    decisive "first" wins; otherwise the highest score, where the
///    start-simple default (ADD-01) only breaks a tie.
/// 4. ✕ ids are moved out of the first three; the list is cut at ten.
enum Ranker {
    /// The contract's maximum number of recommendations.
    static let maximumLength = 10

    static func rank(_ effects: [TaggedEffect], facts: ProfileFacts) -> Ranking {
        let tally = EffectTally(effects)
        let base = baseOrder(tally, facts: facts)
        var order = applyGroupFirsts(base, tally.groupFirsts)
        order = placeFirst(order, tally: tally, facts: facts)
        order = keepOutOfTopThree(order, tally.outOfTopThree)
        return Ranking(
            order: Array(order.prefix(maximumLength)), points: tally.points,
            blocked: tally.neverFirst.union(tally.outOfTopThree),
            tieBreaks: tieBreaks(in: base, tally: tally, facts: facts))
    }

    private static func baseOrder(_ tally: EffectTally, facts: ProfileFacts) -> [Technology] {
        tally.nominated.sorted { lhs, rhs in
            let (left, right) = (tally.score(lhs), tally.score(rhs))
            return left != right ? left > right : TieBreak.precedes(lhs, rhs, facts: facts)
        }
    }

    /// For each id that won a tie on points against its successor, the
    /// criterion that decided it.
    private static func tieBreaks(in order: [Technology], tally: EffectTally, facts: ProfileFacts) -> [RankedTie] {
        zip(order, order.dropFirst()).compactMap { winner, loser in
            guard tally.score(winner) == tally.score(loser),
                  let criterion = TieBreak.deciding(winner, over: loser, facts: facts) else { return nil }
            return RankedTie(winner: winner, loser: loser, criterion: criterion)
        }
    }

    private static func applyGroupFirsts(
        _ order: [Technology], _ groupFirsts: [(technology: Technology, group: Set<Technology>)]
    ) -> [Technology] {
        var order = order
        for (id, group) in groupFirsts {
            guard let position = order.firstIndex(of: id),
                  let lead = order.firstIndex(where: { group.contains($0) }), lead < position
            else { continue }
            order.remove(at: position)
            order.insert(id, at: lead)
        }
        return order
    }

    private static func placeFirst(_ order: [Technology], tally: EffectTally, facts: ProfileFacts) -> [Technology] {
        let blocked = tally.neverFirst.union(tally.outOfTopThree)
        let eligible = FirstChoice.eligible(order, blocked: blocked, facts: facts)
        let decisive = eligible.compactMap { id in tally.firsts[id].map { (id, $0) } }.filter { $0.1 > .baseline }
        let chosen: Technology?
        if let best = decisive.map(\.1).max() {
            chosen = decisive.first { $0.1 == best }?.0
        } else if let leader = eligible.first {
            let tied = eligible.filter { tally.score($0) == tally.score(leader) }
            chosen = tied.first { tally.firsts[$0] == .baseline } ?? leader
        } else {
            chosen = order.first { !blocked.contains($0) }
        }
        guard let chosen else { return order }
        return [chosen] + order.filter { $0 != chosen }
    }

    private static func keepOutOfTopThree(_ order: [Technology], _ excluded: Set<Technology>) -> [Technology] {
        let kept = order.filter { !excluded.contains($0) }
        let pushed = order.filter { excluded.contains($0) }
        guard !pushed.isEmpty else { return order }
        if kept.isEmpty { return pushed }
        guard kept.count >= 3 else { return kept }
        return Array(kept.prefix(3)) + pushed + kept.dropFirst(3)
    }
}
