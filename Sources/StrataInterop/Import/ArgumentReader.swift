/// Reads MADR argument bullets: "Good, because …", "Bad, because …", "Neutral, because …".
///
/// Options and consequences both use them. Items without such a prefix stay prose,
/// verbatim, so nothing the author wrote is lost.
enum ArgumentReader {
    enum Kind: Sendable { case good, bad, neutral }

    /// The classified arguments of some lines, and the remaining lines as text.
    struct Arguments: Sendable {
        var good: [String] = []
        var bad: [String] = []
        var neutral: [String] = []
        var remainder: String = ""
    }

    /// Splits lines into classified argument bullets and everything else.
    static func read(_ lines: [SourceLine]) -> Arguments {
        var arguments = Arguments()
        var consumed = Set<Int>()
        for item in BulletList(lines).items {
            guard let (kind, text) = classify(item.text) else { continue }
            switch kind {
            case .good: arguments.good.append(text)
            case .bad: arguments.bad.append(text)
            case .neutral: arguments.neutral.append(text)
            }
            consumed.formUnion(item.lines.map(\.number))
        }
        arguments.remainder = lines.text(excluding: consumed)
        return arguments
    }

    /// The kind and text of one argument item, or `nil` when it has no known prefix.
    static func classify(_ item: String) -> (Kind, String)? {
        let lower = item.lowercased()
        for (word, kind) in prefixes where lower.hasPrefix(word) {
            var rest = item.dropFirst(word.count)
            guard let separator = rest.first, separator == "," || separator == ":" else { continue }
            rest = Substring(rest.dropFirst().trimmingWhitespace)
            if rest.lowercased().hasPrefix("because") { rest = Substring(rest.dropFirst(7).trimmingWhitespace) }
            return (kind, String(rest))
        }
        return nil
    }

    private static let prefixes: [(String, Kind)] = [
        ("good", .good), ("positive", .good), ("pro", .good),
        ("bad", .bad), ("negative", .bad), ("con", .bad),
        ("neutral", .neutral),
    ]

    /// Every item of a list as plain entries, with prose paragraphs as entries too, in
    /// order: for lists whose items carry no prefix (decision drivers, MADR 2's
    /// "Positive Consequences").
    static func entries(_ lines: [SourceLine]) -> [String] {
        let list = BulletList(lines)
        var entries: [(line: Int, text: String)] = list.items.map { ($0.line, $0.text) }
        var paragraph: [SourceLine] = []
        for line in list.prose + [SourceLine(number: Int.max, text: "")] {
            if line.text.trimmingWhitespace.isEmpty {
                if let first = paragraph.first { entries.append((first.number, paragraph.joinedText)) }
                paragraph = []
            } else {
                paragraph.append(line)
            }
        }
        return entries.sorted { $0.line < $1.line }.map(\.text)
    }
}
