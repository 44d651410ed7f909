/// Files that sit in an ADR directory without being decision records: templates and indexes.
///
/// Teams keep the template they copy (`# ADRXXX: Title`, `{placeholder}` in every section)
/// and a table of contents next to their records, under any name. Imported as decisions they
/// would become a decision nobody took, with a number the team never used; so they are
/// recognised by what they hold and skipped with a note instead.
enum NonRecordFile {
    case template
    case index

    /// What the file is when it is not a record, or nil for a record.
    static func kind(of source: SourceText, fileName: String) -> NonRecordFile? {
        let lines = bodyLines(source)
        let titleLine = lines.first { $0.hasPrefix("# ") }
        let content = lines.filter { !$0.hasPrefix("#") }
        if content.contains(where: linksARecord), content.allSatisfy(isIndexEntry), !content.contains(where: isMetadata) { return .index }
        let named = fileName.lowercased().contains("template")
        guard named || titleLine.map({ isPlaceholderTitle(String($0.dropFirst(2))) }) == true else { return nil }
        let sections = split(lines.filter { $0 != titleLine })
        let filled = sections.filter { !$0.isEmpty }
        guard !filled.isEmpty, filled.allSatisfy({ $0.allSatisfy(isPlaceholder) }) else { return nil }
        return .template
    }

    /// Non-blank lines outside front matter and HTML comments, trimmed.
    private static func bodyLines(_ source: SourceText) -> [String] {
        var lines = source.lines.map(\.text)
        if lines.first?.trimmingWhitespace == "---", let end = lines.dropFirst().firstIndex(where: { $0.trimmingWhitespace == "---" }) {
            // Front matter keys are kept: a template's `status: {proposed | …}` is a placeholder too.
            lines[0] = ""
            lines[end] = ""
        }
        var out: [String] = []
        var inComment = false
        for line in lines {
            var text = ""
            var rest = Substring(line)
            while !rest.isEmpty {
                if inComment {
                    guard let end = rest.range(of: "-->") else { rest = ""; break }
                    rest = rest[end.upperBound...]
                    inComment = false
                } else if let start = rest.range(of: "<!--") {
                    text += rest[..<start.lowerBound]
                    rest = rest[start.upperBound...]
                    inComment = true
                } else {
                    text += rest
                    rest = ""
                }
            }
            let trimmed = text.trimmingWhitespace
            if !trimmed.isEmpty { out.append(trimmed) }
        }
        return out
    }

    /// Lines grouped by level-2-or-deeper headings, headings dropped.
    private static func split(_ lines: [String]) -> [[String]] {
        var sections: [[String]] = [[]]
        for line in lines {
            if line.hasPrefix("#") { sections.append([]) } else { sections[sections.count - 1].append(line) }
        }
        return sections
    }

    /// `ADRXXX: Title`, `NNNN. Title`, `{short title}`, `[short title of solved problem and solution]`.
    static func isPlaceholderTitle(_ title: String) -> Bool {
        let text = title.trimmingWhitespace
        let lower = text.lowercased()
        if ["title", "adr title", "number. title", "number title", "decision title", "short title"].contains(lower) { return true }
        return text.contains("XXX") || text.contains("NNNN") || text.split(separator: " ").contains("TITLE") || hasPlaceholder(text)
    }

    /// A line that only stands for text the author is meant to write.
    static func isPlaceholder(_ line: String) -> Bool {
        if hasPlaceholder(line) { return true }
        let lower = line.lowercased()
        return ["xxx", "nnnn", "yyyy-mm-dd", "todo", "…", "...", "the issue motivating this decision",
                "the change that we're proposing", "what becomes easier or more difficult"].contains { lower.contains($0) }
            || ["proposed", "accepted", "status", "date"].contains(lower)
    }

    /// `{…}` anywhere, or `[…]` that is not a Markdown link's text.
    private static func hasPlaceholder(_ text: String) -> Bool {
        let scalars = Array(text)
        for (index, character) in scalars.enumerated() where character == "{" || character == "[" {
            let close: Character = character == "{" ? "}" : "]"
            guard let end = scalars[(index + 1)...].firstIndex(of: close), end > index + 1 else { continue }
            if close == "]", end + 1 < scalars.count, scalars[end + 1] == "(" { continue }
            return true
        }
        return false
    }

    /// `* [1. First](0001-first.md)`, or any row of a table: `| 1 | [First](0001-first.md) |`.
    private static func isIndexEntry(_ line: String) -> Bool {
        guard let first = line.first else { return false }
        return first == "|" || ("*-+".contains(first) || first.isNumber) && linksARecord(line)
    }

    private static func linksARecord(_ line: String) -> Bool { line.contains(".md)") || line.contains(".markdown)") }

    private static func isMetadata(_ line: String) -> Bool {
        let lower = line.lowercased()
        return lower.hasPrefix("* status:") || lower.hasPrefix("- status:") || lower.hasPrefix("status:")
    }
}
