/// Builds a Markdown file from blocks separated by one blank line.
///
/// Both Markdown exporters use it, so their spacing is identical: a heading, a blank
/// line, its body, a blank line, the next heading, and exactly one final newline.
struct MarkdownWriter {
    private var blocks: [String] = []

    /// Adds a heading (the text is escaped here).
    mutating func heading(_ level: Int, _ text: String) {
        blocks.append(String(repeating: "#", count: level) + " " + MarkdownEscaper.heading(text))
    }

    /// Adds already-escaped text, unless it is empty.
    mutating func block(_ text: String) {
        if !text.isEmpty { blocks.append(text) }
    }

    /// Adds a heading and body, only when the body is not empty.
    mutating func section(_ level: Int, _ name: String, _ body: String) {
        guard !body.isEmpty else { return }
        heading(level, name)
        block(body)
    }

    /// The file's text.
    var text: String { blocks.joined(separator: "\n\n") + "\n" }

    /// Items as a `*` list. An item's first line follows the marker, where nothing
    /// starts a block; its continuation lines are escaped as a block of their own and
    /// indented under the item.
    static func bullets(_ items: [String], prefix: String = "") -> String {
        items.map { item in
            let parts = (prefix + item).split(separator: "\n", maxSplits: 1, omittingEmptySubsequences: false)
            let first = String((parts.first ?? "").unicodeScalars.filter { $0.properties.generalCategory != .control })
            var lines = ["* " + first.trimmingWhitespace]
            if parts.count > 1 {
                lines += MarkdownEscaper.block(String(parts[1]), headingsUpTo: 6)
                    .split(separator: "\n", omittingEmptySubsequences: false)
                    .map { $0.isEmpty ? "" : "  " + $0 }
            }
            return lines.joined(separator: "\n")
        }.joined(separator: "\n")
    }
}
