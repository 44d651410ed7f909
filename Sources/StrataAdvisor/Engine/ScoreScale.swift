import Foundation
import StrataProfile

/// Maps rule points onto the contract's [0, 1] score.
///
/// Points grow without bound, so they are squashed with `1 - e^(-p/2)`:
/// one ↑↑ (two points) gives about 0.63, two ↑↑ about 0.86, three 0.95. Zero or negative points
/// (listed for a reason but penalised elsewhere) stay just above zero.
/// Position 1 is decided by precedence, not only by points, so the top
/// score is raised to the best fit on the list and every later score is
/// capped by the one above it: the list is always non-increasing.
enum ScoreScale {
    static func scores(for ranking: Ranking) -> [Double] {
        let fits = ranking.order.map { fit(ranking.points[$0] ?? 0) }
        guard let best = fits.max() else { return [] }
        var scores: [Double] = []
        for (position, value) in fits.enumerated() {
            scores.append(position == 0 ? best : min(value, scores[position - 1]))
        }
        return scores
    }

    /// The fit of a point total, rounded to two decimals.
    static func fit(_ points: Int) -> Double {
        let raw = points > 0 ? 1 - exp(-Double(points) / 2) : 0.05 * exp(Double(points))
        return (raw * 100).rounded() / 100
    }
}
