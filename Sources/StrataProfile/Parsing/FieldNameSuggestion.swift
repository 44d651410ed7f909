/// Finds the known spellings closest to a mistyped one, for "did you mean" hints.
///
/// Public so every layer that rejects a name (a profile field, a filter value, a rule id)
/// suggests by the same measure instead of keeping its own copy.
public enum FieldNameSuggestion {
    /// The candidate within a small edit distance of `word` (case ignored),
    /// or `nil` when nothing is close enough to be a likely typo.
    public static func closest(to word: String, among candidates: [String]) -> String? {
        nearest(to: word, among: candidates, limit: 1, matchingPrefixes: false).first
    }

    /// Up to `limit` candidates within a small edit distance of `word` (case ignored), nearest
    /// first, ties in the candidates' order; with `matchingPrefixes`, a candidate that starts
    /// with `word` (or that `word` starts with) also counts, so `postgres` finds `postgresql`.
    public static func nearest(
        to word: String, among candidates: [String], limit: Int = 3, matchingPrefixes: Bool = true
    ) -> [String] {
        let target = Array(word.lowercased())
        guard !target.isEmpty, target.count <= 64 else { return [] }
        let bound = max(2, target.count / 3)
        var seen = Set<String>()
        let scored = candidates.filter { seen.insert($0).inserted }.compactMap { candidate -> (String, Int)? in
            let other = candidate.lowercased()
            let score = distance(target, Array(other))
            if score <= bound { return (candidate, score) }
            let prefixed = matchingPrefixes && target.count >= 3 && (other.hasPrefix(String(target)) || String(target).hasPrefix(other))
            return prefixed ? (candidate, bound) : nil
        }
        // Stable: among equally near candidates the first given wins, as callers list them in order.
        return scored.enumerated().sorted { ($0.element.1, $0.offset) < ($1.element.1, $1.offset) }.prefix(limit).map(\.element.0)
    }

    /// Levenshtein distance between two character arrays.
    static func distance(_ lhs: [Character], _ rhs: [Character]) -> Int {
        guard !lhs.isEmpty else { return rhs.count }
        guard !rhs.isEmpty else { return lhs.count }
        var previous = Array(0...rhs.count)
        for (row, left) in lhs.enumerated() {
            var current = [row + 1] + Array(repeating: 0, count: rhs.count)
            for (column, right) in rhs.enumerated() {
                let substitution = previous[column] + (left == right ? 0 : 1)
                current[column + 1] = min(substitution, previous[column + 1] + 1, current[column] + 1)
            }
            previous = current
        }
        return previous[rhs.count]
    }
}
