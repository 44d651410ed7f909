import Foundation
import GRDB
import Strata

/// A decision a search found, ranked, with the passage that matched.
public struct SearchHit: Codable, Sendable, Equatable {
    /// A stretch of text, marked when it is what the query matched.
    public struct Segment: Codable, Sendable, Equatable {
        public var text: String
        public var match: Bool
    }

    public var id: String
    public var uuid: String
    public var title: String
    /// The status the decision had at the moment searched.
    public var status: String
    public var context: String?
    /// Higher is better: FTS5's BM25 with a title match weighing most, then tags.
    public var score: Double
    /// The title with its matches marked.
    public var titleSegments: [Segment]
    /// The best-matching passage of the text, cut to a dozen words around the matches.
    public var snippet: [Segment]
}

/// Runs a full-text query against the search read model at one log position.
public enum DecisionSearch {
    /// What a face asks for.
    public struct Query: Sendable, Equatable {
        /// Words to find (all of them, stemmed); `word*` matches a prefix, `OR` between words
        /// either, `-word` excludes, and `"two words"` a phrase.
        public var text: String
        public var status: DecisionStatus?
        public var limit: Int

        public init(text: String, status: DecisionStatus? = nil, limit: Int = 20) {
            self.text = text
            self.status = status
            self.limit = limit
        }
    }

    /// The query is empty or cannot be searched; the message says why.
    public struct InvalidQuery: Error, Sendable, Equatable, CustomStringConvertible {
        public var description: String
    }

    /// The hits for `query` among the revisions current at `position`, best first.
    public static func run(_ query: Query, at position: Int64, in db: Database) throws -> [SearchHit] {
        let match = try matchExpression(query.text)
        var sql = """
            SELECT d.short_id, d.decision_id, d.status, c.name, bm25(search_index, 10.0, 2.0, 3.0, 2.0, 2.0, 1.0, 5.0) AS rank,
              highlight(search_index, 0, char(2), char(3)), snippet(search_index, -1, char(2), char(3), '…', 14), s.title
            FROM search_index s
            JOIN search_docs d ON d.doc = s.rowid
            LEFT JOIN search_contexts c ON c.context_id = d.context_id
            WHERE search_index MATCH ? AND d.from_position <= ? AND (d.to_position IS NULL OR d.to_position > ?)
            """
        var arguments: StatementArguments = [match, position, position]
        if let status = query.status {
            sql += " AND d.status = ?"
            arguments += [status.rawValue]
        }
        sql += " ORDER BY rank, d.number LIMIT ?"
        arguments += [max(1, query.limit)]
        do {
            return try Row.fetchAll(db, sql: sql, arguments: arguments).map { row in
                SearchHit(
                    id: row[0], uuid: row[1], title: row[7], status: row[2], context: row[3],
                    score: (-(row[4] as Double) * 1000).rounded() / 1000,
                    titleSegments: segments(row[5]), snippet: segments(row[6]))
            }
        } catch let error as DatabaseError where error.resultCode == .SQLITE_ERROR {
            // The expression is built from quoted words, so what FTS5 still refuses is the query.
            throw InvalidQuery(description: "the search '\(printable(query.text))' cannot be read: \(error.message ?? "syntax error")")
        }
    }

    /// The FTS5 expression for what a person typed: each word quoted (so punctuation and
    /// FTS5's own keywords are text), with `OR`, a leading `-` (NOT), a trailing `*` (prefix)
    /// and double-quoted phrases kept as the operators they look like.
    static func matchExpression(_ text: String) throws -> String {
        let text = printable(text)
        var terms: [(negated: Bool, term: String)] = []
        var pendingOr = false
        for token in tokens(text) {
            if token.quoted {
                let phrase = token.text.replacingOccurrences(of: "\"", with: "")
                if !phrase.trimmingCharacters(in: .whitespaces).isEmpty { terms.append((false, "\"\(phrase)\"")) }
                continue
            }
            if token.text == "OR" { pendingOr = !terms.isEmpty; continue }
            var word = token.text
            let negated = word.hasPrefix("-") && word.count > 1
            if negated { word.removeFirst() }
            let prefix = word.hasSuffix("*") && word.count > 1
            if prefix { word.removeLast() }
            word = word.replacingOccurrences(of: "\"", with: "")
            guard word.unicodeScalars.contains(where: { CharacterSet.alphanumerics.contains($0) }) else { continue }
            var term = "\"\(word)\"" + (prefix ? "*" : "")
            if pendingOr, let last = terms.popLast(), !negated {
                term = "(\(last.term) OR \(term))"
                terms.append((last.negated, term))
                pendingOr = false
                continue
            }
            pendingOr = false
            terms.append((negated, term))
        }
        let positive = terms.filter { !$0.negated }.map(\.term)
        guard !positive.isEmpty else {
            throw InvalidQuery(description: "the search '\(text)' has no word to look for")
        }
        let negative = terms.filter(\.negated).map(\.term)
        return positive.joined(separator: " AND ") + negative.map { " NOT \($0)" }.joined()
    }

    /// `text` with control characters as spaces: they are never words (FTS5 reads a NUL as
    /// syntax), and a message quoting the query stays on one line.
    static func printable(_ text: String) -> String {
        String(String.UnicodeScalarView(text.unicodeScalars.map { $0.value < 0x20 || $0.value == 0x7F ? " " : $0 }))
    }

    private static func tokens(_ text: String) -> [(text: String, quoted: Bool)] {
        var out: [(String, Bool)] = []
        var current = ""
        var inQuote = false
        for character in text {
            if character == "\"" {
                if inQuote { out.append((current, true)); current = "" }
                else if !current.isEmpty { out.append((current, false)); current = "" }
                inQuote.toggle()
            } else if character.isWhitespace && !inQuote {
                if !current.isEmpty { out.append((current, false)); current = "" }
            } else {
                current.append(character)
            }
        }
        if !current.isEmpty { out.append((current, inQuote)) }
        return out
    }

    /// Text with FTS5's marks (U+0002 … U+0003) as segments.
    static func segments(_ marked: String?) -> [SearchHit.Segment] {
        guard let marked else { return [] }
        var out: [SearchHit.Segment] = []
        var current = ""
        var inMatch = false
        for scalar in marked.unicodeScalars {
            if scalar == "\u{2}" || scalar == "\u{3}" {
                if !current.isEmpty { out.append(SearchHit.Segment(text: current, match: inMatch)) }
                current = ""
                inMatch = scalar == "\u{2}"
            } else {
                current.unicodeScalars.append(scalar)
            }
        }
        if !current.isEmpty { out.append(SearchHit.Segment(text: current, match: inMatch)) }
        return out
    }
}
