import StrataProfile

/// The ordered list of technologies the advice will recommend.
struct Ranking: Sendable, Equatable {
    /// Best first, at most ``Ranker/maximumLength`` ids.
    let order: [Technology]
    /// Net points per technology, including unlisted ones.
    let points: [Technology: Int]
    /// Ids a rule kept from position 1 ("never first" or ✕).
    var blocked: Set<Technology> = []
    /// Ties on points and what broke them (STRATA-TIE-01).
    var tieBreaks: [RankedTie] = []

    /// The technology at position 1.
    var top: Technology? { order.first }

    /// The same ranking with `technology` moved (or added) to position 1.
    func promoting(_ technology: Technology) -> Ranking {
        let rest = order.filter { $0 != technology }
        return Ranking(
            order: Array(([technology] + rest).prefix(Ranker.maximumLength)), points: points,
            blocked: blocked, tieBreaks: tieBreaks)
    }
}

/// Two ids equal on points, and the reasoning that put `winner` first.
struct RankedTie: Sendable, Equatable {
    let winner: Technology
    let loser: Technology
    let criterion: TieBreak
}

/// A rule effect together with the id of the rule that produced it.
struct TaggedEffect: Sendable {
    let rule: String
    let effect: RuleEffect
}
