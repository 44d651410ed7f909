/// Escapes record text so it cannot change the structure of the Markdown it is written
/// into.
///
/// A title with a newline would otherwise end its heading and start a new section; a
/// context containing `## Decision` would split into a fake section on re-import; an
/// unclosed code fence would swallow every section after it. The escapes chosen render
/// as the original text and are undone by the importer where it reads inline text.
enum MarkdownEscaper {
    /// One-line inline text (titles, link text, status words): whitespace runs and line
    /// breaks become one space, control characters go, and `\ [ ] < \`` are escaped.
    static func inline(_ text: String) -> String {
        var result = ""
        for character in MarkdownText.singleLine(text) {
            if character.unicodeScalars.allSatisfy({ $0.properties.generalCategory == .control }) { continue }
            if "\\[]<`".contains(character) { result.append("\\") }
            result.append(character)
        }
        return result
    }

    /// Inline text that stands alone on a line (a status word): also escapes a leading
    /// `#`, which would make the line a heading.
    static func line(_ text: String) -> String {
        let escaped = inline(text)
        return escaped.hasPrefix("#") ? "\\" + escaped : escaped
    }

    /// Inline text for a heading: also escapes a trailing `#`, which would otherwise
    /// be read as a closing sequence and dropped.
    static func heading(_ text: String) -> String {
        var result = inline(text)
        if result.hasSuffix("#") { result.insert("\\", at: result.index(before: result.endIndex)) }
        return result
    }

    /// A multi-line block: headings of `level` or higher (fewer `#`s), which would cut
    /// the block on re-import, and setext underlines are escaped outside code fences;
    /// control characters other than tab are removed; a fence or comment left open is
    /// closed. Deeper headings are the author's own structure and stay.
    static func block(_ text: String, headingsUpTo level: Int = 2) -> String {
        block(text) { $0.level <= level }
    }

    /// A block whose outcome text sits above `### Consequences` and `### Confirmation`:
    /// those two (and level 1–2 headings) would be read back as fields, other level-3
    /// headings are the outcome's own structure.
    static func outcomeBlock(_ text: String) -> String {
        block(text) { $0.level <= 2 || ($0.level == 3 && OutcomeReader.mappedSubsections.contains(MarkdownHeading.key($0.text))) }
    }

    /// A multi-line block, escaping the headings `escapes` selects.
    private static func block(_ text: String, escaping escapes: (MarkdownHeading) -> Bool) -> String {
        var tracker = BlockTracker()
        var lines: [String] = []
        var previousBlank = true
        for raw in text.split(separator: "\n", omittingEmptySubsequences: false) {
            var line = String(raw.unicodeScalars.filter { $0 == "\t" || $0.properties.generalCategory != .control })
            let structural = tracker.isStructural(line)
            let heading = MarkdownHeading(line: line).map(escapes) ?? false
            if structural, heading || (!previousBlank && isUnderline(line)) {
                let indent = line.prefix { $0 == " " }
                line = indent + "\\" + line.dropFirst(indent.count)
            }
            previousBlank = line.trimmingWhitespace.isEmpty
            lines.append(line)
        }
        if let closing = tracker.closingLine { lines.append(closing) }
        return lines.joined(separator: "\n").trimmingBlankLines
    }

    /// A line made only of `=` or only of `-`, which turns the line above into a heading.
    private static func isUnderline(_ line: String) -> Bool {
        let trimmed = line.trimmingWhitespace
        guard let first = trimmed.first, first == "=" || first == "-" else { return false }
        return trimmed.allSatisfy { $0 == first }
    }

    /// A block for a place where typed link lines are parsed (Status, More Information):
    /// a line that would read as a link gets its first `[` escaped.
    static func blockWithoutLinks(_ text: String, headingsUpTo level: Int = 2) -> String {
        block(text, headingsUpTo: level).split(separator: "\n", omittingEmptySubsequences: false).map { line in
            guard LinkLineParser.link(in: String(line)) != nil, let bracket = line.firstIndex(of: "[") else {
                return String(line)
            }
            return line[..<bracket] + "\\" + line[bracket...]
        }.joined(separator: "\n")
    }
}
