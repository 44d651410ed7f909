/// A heading and the lines under it up to the next heading of the same or higher level.
struct MarkdownSection: Sendable, Equatable {
    /// The heading text as written (comments included), without `#` marks.
    var heading: String
    var level: Int
    /// The heading's line number.
    var line: Int
    var body: [SourceLine]

    /// The heading prepared for matching against known names.
    var key: String { MarkdownHeading.key(heading) }

    /// The heading as it should be shown: without comments, single-spaced.
    /// Never empty: an empty name is reserved for text before the first heading.
    var displayName: String {
        let name = MarkdownText.decodingNumericReferences(MarkdownText.singleLine(MarkdownText.removingComments(heading)))
        return name.isEmpty ? "Untitled section" : name
    }

    /// Splits lines at headings of level `maxLevel` or higher (fewer `#`s), ignoring
    /// headings inside code fences and comments.
    ///
    /// - Returns: the lines before the first such heading, and the sections.
    static func split(_ lines: [SourceLine], upToLevel maxLevel: Int) -> (lead: [SourceLine], sections: [MarkdownSection]) {
        var tracker = BlockTracker()
        var lead: [SourceLine] = []
        var sections: [MarkdownSection] = []
        for line in lines {
            if tracker.isStructural(line.text), let heading = MarkdownHeading(line: line.text),
               heading.level <= maxLevel {
                sections.append(MarkdownSection(heading: heading.text, level: heading.level, line: line.number, body: []))
            } else if sections.isEmpty {
                lead.append(line)
            } else {
                sections[sections.count - 1].body.append(line)
            }
        }
        return (lead, sections)
    }
}
