/// One line of a source file with its 1-based line number, so problems can point at it.
struct SourceLine: Sendable, Equatable {
    let number: Int
    let text: String
}

extension Array where Element == SourceLine {
    /// The lines joined as Markdown, without leading or trailing blank lines.
    var joinedText: String {
        map(\.text).joined(separator: "\n").trimmingBlankLines
    }

    /// The number of the first non-blank line, for pointing problems at a block.
    var firstContentLine: Int? {
        first { !$0.text.trimmingWhitespace.isEmpty }?.number
    }
}
