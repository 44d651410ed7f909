import StrataProfile

/// The ordered list of technologies the advice will recommend.
struct Ranking: Sendable, Equatable {
    /// Best first, at most ``Ranker/maximumLength`` ids.
    let order: [Technology]
    /// Net points per technology, including unlisted ones.
    let points: [Technology: Int]

    /// The technology at position 1.
    var top: Technology? { order.first }

    /// The same ranking with `technology` moved (or added) to position 1.
    func promoting(_ technology: Technology) -> Ranking {
        let rest = order.filter { $0 != technology }
        return Ranking(order: Array(([technology] + rest).prefix(Ranker.maximumLength)), points: points)
    }
}

/// A rule effect together with the id of the rule that produced it.
struct TaggedEffect: Sendable {
    let rule: String
    let effect: RuleEffect
}
