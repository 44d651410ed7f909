/// An ATX heading line (`## Context`), recognised the way CommonMark does.
struct MarkdownHeading: Sendable, Equatable {
    let level: Int
    /// The heading text without `#` marks or a closing `#` sequence.
    let text: String

    /// Reads a heading, or `nil` when the line is not one (no space after the `#`s, more
    /// than three spaces of indentation, or more than six `#`s).
    init?(line: String) {
        let indent = line.prefix { $0 == " " }
        guard indent.count <= 3 else { return nil }
        let rest = line.dropFirst(indent.count)
        let hashes = rest.prefix { $0 == "#" }
        guard (1...6).contains(hashes.count) else { return nil }
        let afterHashes = rest.dropFirst(hashes.count)
        guard afterHashes.isEmpty || afterHashes.first == " " || afterHashes.first == "\t" else { return nil }
        var content = afterHashes.trimmingWhitespace
        let closing = content.reversed().prefix { $0 == "#" }.count
        if closing == content.count {
            content = ""
        } else if closing > 0, content.dropLast(closing).last == " " {
            content = String(content.dropLast(closing)).trimmingWhitespace
        }
        self.level = hashes.count
        self.text = content
    }

    /// The heading text prepared for matching against known section names: without
    /// comments, emphasis, numbering or a trailing colon, lowercased, single-spaced.
    static func key(_ text: String) -> String {
        var value = MarkdownText.removingComments(text).trimmingWhitespace
        let numbering = value.prefix { $0.isASCIIDigit || $0 == "." || $0 == ")" }
        if !numbering.isEmpty, numbering.first?.isASCIIDigit == true,
           value.dropFirst(numbering.count).first == " " {
            value = String(value.dropFirst(numbering.count))
        }
        let wrappers: Set<Character> = ["*", "_", ":", " "]
        return MarkdownText.singleLine(value.trimming { wrappers.contains($0) }).lowercased()
    }
}
