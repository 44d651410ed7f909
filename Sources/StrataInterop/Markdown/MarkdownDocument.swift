/// A Markdown ADR file cut into front matter, title, preamble and `##` sections.
///
/// This is the shared first step for every Markdown format: adr-tools, MADR and
/// Log4brains differ in which sections and header fields they use, not in this shape.
struct MarkdownDocument: Sendable {
    /// The lines between the `---` delimiters, when the file starts with front matter.
    var frontMatter: [SourceLine]?
    /// The line of the opening `---` of front matter that never closes.
    var unterminatedFrontMatterLine: Int?
    /// The first level-1 heading, when it comes before any level-2 heading.
    var title: String?
    var titleLine: Int?
    /// The lines after the title (or the file start) and before the first section:
    /// where adr-tools writes `Date:` and MADR 2 its `* Status:` list.
    var preamble: [SourceLine]
    var sections: [MarkdownSection]

    /// Cuts the lines of one file.
    init(lines: [SourceLine]) {
        var body = lines[...]
        if let first = lines.first, Self.isDelimiter(first.text) {
            if let close = lines.dropFirst().firstIndex(where: { Self.isDelimiter($0.text) || $0.text == "..." }) {
                frontMatter = Array(lines[1..<close])
                body = lines[(close + 1)...]
            } else {
                unterminatedFrontMatterLine = first.number
            }
        }
        let (lead, sections) = MarkdownSection.split(Array(body), upToLevel: 2)
        if let first = sections.first, first.level == 1 {
            title = MarkdownText.removingComments(first.heading).trimmingWhitespace
            titleLine = first.line
            preamble = lead + first.body
            self.sections = Array(sections.dropFirst())
        } else {
            preamble = lead
            self.sections = sections
        }
    }

    private static func isDelimiter(_ line: String) -> Bool {
        line.trimmingWhitespace == "---" && line.hasPrefix("---")
    }
}
