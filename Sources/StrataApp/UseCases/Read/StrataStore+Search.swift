import Foundation
import Strata
import StrataProjections

/// What a full-text search found, and the log position it answers for.
public struct SearchResult: Codable, Sendable, Equatable {
    public var query: String
    public var position: Int64
    public var hits: [SearchHit]
}

extension StrataStore {
    /// Searches every decision's title, problem and context, decision, consequences, options,
    /// reasons, review comments and tags, ranked, with highlighted passages, as the log stood at
    /// `moment` (system time only: the index keeps each text revision by position, not by
    /// valid time).
    ///
    /// - Parameters:
    ///   - text: words to find (all of them, stemmed); `word*` for a prefix, `a OR b`, `-word`
    ///     to exclude, `"a phrase"`.
    ///   - status: only decisions with this status at `moment`.
    ///   - limit: at most this many hits (1 to 1,000).
    public func search(_ text: String, at moment: Moment = .now, status: String? = nil, limit: Int = 20) throws(AppError) -> SearchResult {
        guard moment.validAt == nil else {
            throw AppError(
                .invalidInput, "a search reads the log as of a moment; it cannot cut by valid time", subject: .field(.validAt),
                remedy: .advice("search with --as-of, or list decisions in effect then with 'strata log --valid-at'"))
        }
        guard (1...1000).contains(limit) else {
            throw AppError(.invalidInput, "a search returns 1 to 1000 hits, not \(limit)", subject: .field(.limit))
        }
        try FilterValue.check(status, field: .status, noun: "status", known: DecisionStatus.allCases.map(\.rawValue))
        let query = DecisionSearch.Query(text: text, status: status.flatMap { DecisionStatus(rawValue: $0.lowercased()) }, limit: limit)
        do {
            let found = try SearchSide(log: log).search(query, asOf: moment.asOf)
            return SearchResult(query: text, position: found.position, hits: found.hits)
        } catch let invalid as DecisionSearch.InvalidQuery {
            throw AppError(.invalidInput, invalid.description, subject: .field(.query),
                           remedy: .advice("give one or more words; quote a phrase, end a word with * for a prefix"))
        } catch {
            throw AppError.from(error)
        }
    }
}
