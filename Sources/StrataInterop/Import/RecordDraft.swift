/// A record being assembled from one Markdown file, with the source lines of its links.
///
/// Section readers append to it in file order; ``MarkdownRecordReader`` then settles
/// status and date, which depend on several sections at once.
struct RecordDraft: Sendable {
    var record: ADRRecord
    /// The source line of each link in `record.links`, for problem reports.
    var linkLines: [Int?] = []
    /// The lines of the Nygard `## Status` section, when there is one.
    var statusLines: [SourceLine]?
    var problems: [ImportProblem] = []
    /// Positions in `record.options` by ``OptionReader/matchKey(_:)``, so merging many
    /// options stays linear.
    var optionIndex: [String: Int] = [:]

    init(title: String) {
        record = ADRRecord(title: title)
    }

    mutating func addLink(_ link: ADRLink, line: Int?) {
        record.links.append(link)
        linkLines.append(line)
    }

    /// Adds an extra section, unless it is blank.
    mutating func addExtra(_ name: String, _ body: String) {
        guard !body.isEmpty else { return }
        record.extraSections.append(ADRSection(name: name, body: body))
    }
}

extension String {
    /// Appends a paragraph, separated by a blank line when the text is not empty.
    mutating func appendParagraph(_ paragraph: String) {
        guard !paragraph.isEmpty else { return }
        if !isEmpty { self += "\n\n" }
        self += paragraph
    }
}

extension Array where Element == SourceLine {
    /// The lines whose numbers are not in `excluded`, joined as Markdown text.
    func text(excluding excluded: Set<Int>) -> String {
        filter { !excluded.contains($0.number) }.joinedText
    }
}
