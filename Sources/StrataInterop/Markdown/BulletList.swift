/// The items of a Markdown list, with any prose around them kept separately.
///
/// Decision drivers, considered options and consequences are lists in MADR; an item may
/// wrap onto indented continuation lines or hold a nested list or code block, which stay
/// part of it. List markers inside code fences are example text, not items.
struct BulletList: Sendable, Equatable {
    struct Item: Sendable, Equatable {
        /// The item text without its marker; continuation lines joined with newlines.
        var text: String
        var line: Int
        /// The source lines the item spans, verbatim.
        var lines: [SourceLine]
    }

    var items: [Item] = []
    /// Lines that belong to no item (paragraphs before, between or after the list).
    var prose: [SourceLine] = []

    /// Reads the list items in `lines`.
    init(_ lines: [SourceLine]) {
        var builder = Builder()
        var tracker = BlockTracker()
        var blockGoesToItem: Bool?
        for line in lines {
            let wasInBlock = tracker.isInsideBlock
            let structural = tracker.isStructural(line.text)
            if wasInBlock || !structural {
                let toItem = blockGoesToItem ?? builder.continues(line.text)
                if toItem { builder.appendContinuation(line) } else { builder.appendProse(line) }
                blockGoesToItem = tracker.isInsideBlock ? toItem : nil
            } else {
                builder.append(line)
            }
        }
        builder.finishItem()
        items = builder.items
        prose = builder.prose
    }

    /// The content of a top-level list item line (`* x`, `- x`, `+ x`, `1. x`), or `nil`.
    static func itemContent(_ line: String) -> String? {
        let indent = line.prefix { $0 == " " }
        guard indent.count <= 1 else { return nil }
        let rest = line.dropFirst(indent.count)
        if let marker = rest.first, marker == "-" || marker == "*" || marker == "+" {
            let after = rest.dropFirst()
            guard after.first == " " || after.first == "\t" else { return after.isEmpty ? "" : nil }
            return after.trimmingWhitespace
        }
        let digits = rest.prefix(while: \.isASCIIDigit)
        guard (1...9).contains(digits.count) else { return nil }
        let after = rest.dropFirst(digits.count)
        guard let marker = after.first, marker == "." || marker == ")",
              after.dropFirst().first == " " else { return nil }
        return after.dropFirst().trimmingWhitespace
    }

    /// Accumulates items and prose line by line.
    private struct Builder {
        var items: [Item] = []
        var prose: [SourceLine] = []
        private var current: (text: [String], lines: [SourceLine])?
        private var sawBlank = false

        /// Whether a non-item line continues the current item: it directly follows it,
        /// or it is indented under it.
        func continues(_ text: String) -> Bool {
            current != nil && (!sawBlank || text.hasPrefix("  ") || text.hasPrefix("\t"))
        }

        mutating func append(_ line: SourceLine) {
            if let content = BulletList.itemContent(line.text) {
                finishItem()
                current = ([content], [line])
            } else if line.text.trimmingWhitespace.isEmpty {
                sawBlank = true
                current?.text.append("")
                current?.lines.append(line)
                if current == nil { prose.append(line) }
            } else if continues(line.text) {
                appendContinuation(line)
            } else {
                finishItem()
                prose.append(line)
            }
        }

        mutating func appendContinuation(_ line: SourceLine) {
            let text = line.text
            let indent = text.hasPrefix("\t") ? 1 : min(2, text.prefix { $0 == " " }.count)
            current?.text.append(String(text.dropFirst(indent)))
            current?.lines.append(line)
        }

        mutating func appendProse(_ line: SourceLine) {
            finishItem()
            prose.append(line)
        }

        mutating func finishItem() {
            if let item = current, let first = item.lines.first {
                var lines = item.lines
                var trailingBlanks: [SourceLine] = []
                while let last = lines.last, last.text.trimmingWhitespace.isEmpty, lines.count > 1 {
                    trailingBlanks.insert(lines.removeLast(), at: 0)
                }
                let text = item.text.joined(separator: "\n").trimmingBlankLines
                items.append(Item(text: text, line: first.number, lines: lines))
                prose.append(contentsOf: trailingBlanks)
            }
            current = nil
            sawBlank = false
        }
    }
}
