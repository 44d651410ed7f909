import StrataProfile

/// Turns rule effects into an ordered list, applying the precedence of
/// RULES.md §0.4.
///
/// 1. Only nominated ids are listed; points order them, with ties broken
///    by existing store, team expertise, managed preference, then id.
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
        var order = baseOrder(tally, facts: facts)
        order = applyGroupFirsts(order, tally.groupFirsts)
        order = placeFirst(order, tally: tally, facts: facts)
        order = keepOutOfTopThree(order, tally.outOfTopThree)
        return Ranking(order: Array(order.prefix(maximumLength)), points: tally.points)
    }

    private static func baseOrder(_ tally: EffectTally, facts: ProfileFacts) -> [Technology] {
        let preferManaged = facts.profile.operations == .managed
        func key(_ id: Technology) -> [Int] {
            [
                -tally.score(id),
                facts.existing.contains(id) ? 0 : 1,
                facts.expertise.contains(id) ? 0 : 1,
                preferManaged && id.isMember(of: .managedOfferings) ? 0 : 1,
            ]
        }
        return tally.nominated.sorted { lhs, rhs in
            let (left, right) = (key(lhs), key(rhs))
            return left != right ? left.lexicographicallyPrecedes(right) : lhs < rhs
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
