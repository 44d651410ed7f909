/// Reads a record title heading, separating an adr-tools style number from the title.
enum TitleReader {
    struct Heading: Sendable, Equatable {
        var number: Int?
        var title: String
    }

    /// `1. Title` (adr-tools), `ADR015: Title`, `ADR-3: Title` → number and title;
    /// anything else is all title. Backslash escapes are resolved.
    static func read(_ heading: String) -> Heading {
        let text = MarkdownText.singleLine(heading)
        var rest = Substring(text)
        let hadPrefix = rest.lowercased().hasPrefix("adr")
        if hadPrefix { rest = rest.dropFirst(3).drop { $0 == "-" || $0 == "_" || $0 == " " } }
        let digits = rest.prefix(while: \.isASCIIDigit)
        var afterDigits = rest.dropFirst(digits.count)
        if hadPrefix { afterDigits = afterDigits.drop { $0 == " " } }
        let separators: Set<Character> = hadPrefix ? [".", ":", "-", "–", "—"] : ["."]
        guard !digits.isEmpty, digits.count <= 9, let number = Int(digits),
              let separator = afterDigits.first, separators.contains(separator) else {
            return Heading(number: nil, title: MarkdownText.unescapingPunctuation(text))
        }
        let title = afterDigits.dropFirst().trimmingWhitespace
        guard !title.isEmpty, separator != "." || afterDigits.dropFirst().first == " " else {
            return Heading(number: nil, title: MarkdownText.unescapingPunctuation(text))
        }
        return Heading(number: number, title: MarkdownText.unescapingPunctuation(title))
    }

    /// A readable title from a file name: `0005-use-dashes.md` → `Use dashes`.
    static func title(fromFileName name: String) -> String {
        var stem = Substring(name)
        if let dot = stem.lastIndex(of: ".") { stem = stem[..<dot] }
        let words = stem.split { $0 == "-" || $0 == "_" || $0 == " " }
            .drop { $0.allSatisfy(\.isASCIIDigit) || $0.lowercased() == "adr" }
        let text = words.joined(separator: " ")
        guard let first = text.first else { return String(stem) }
        return first.uppercased() + text.dropFirst()
    }
}
