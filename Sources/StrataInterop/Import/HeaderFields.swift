import Foundation

/// The metadata of one record, gathered from front matter and header lines.
///
/// MADR 3/4 put metadata in YAML front matter, MADR 2 and Log4brains in a `* Status:`
/// list under the title, adr-tools in a `Date:` line. All three land here under one set
/// of names, so the record builder does not care where a value came from.
struct HeaderFields: Sendable {
    struct Value: Sendable, Equatable {
        var text: String
        var line: Int?
        /// Whether the text is Markdown (a header line) rather than a YAML value.
        var isMarkdown = true
    }

    var status: Value?
    var date: Value?
    var title: String?
    var deciders: [String] = []
    var consulted: [String] = []
    var informed: [String] = []
    var tags: [String] = []
    var links: [(link: ADRLink, line: Int?)] = []
    var other: [String: String] = [:]
    /// Header lines that are not `key: value` metadata (MADR 2's `Technical Story:`,
    /// badges, prose).
    var leftover: [SourceLine] = []

    /// The kinds of known keys, by every name they are written under.
    private enum Key {
        case status, date, title, deciders, consulted, informed, tags, links
        static let names: [String: Key] = [
            "status": .status, "date": .date, "title": .title,
            "deciders": .deciders, "decider": .deciders, "decision-makers": .deciders,
            "decision makers": .deciders, "decision-maker": .deciders, "decision maker": .deciders,
            "consulted": .consulted, "informed": .informed, "tags": .tags, "tag": .tags,
            "links": .links,
        ]
    }

    /// Adds the pairs of a front matter block whose YAML starts on file line
    /// `firstLine`.
    mutating func add(frontMatter pairs: [(key: String, value: FrontMatterValue, line: Int?)], firstLine: Int) {
        for (key, value, yamlLine) in pairs {
            let line = (yamlLine ?? 1) + firstLine - 1
            switch Key.names[key.lowercased().trimmingWhitespace] {
            case .status: status = Value(text: value.text, line: line, isMarkdown: false)
            case .date: date = Value(text: value.text, line: line, isMarkdown: false)
            case .title: title = value.text
            case .deciders: deciders = value.strings
            case .consulted: consulted = value.strings
            case .informed: informed = value.strings
            case .tags: tags = Self.splitTags(value.strings)
            case .links: links += Self.frontMatterLinks(value).map { ($0, line) }
            case nil: other[key] = value.text
            }
        }
    }

    /// Adds the header lines between the title and the first section: `Date: …` and
    /// `* Status: …` lines become fields, everything else is kept as ``leftover``.
    mutating func add(headerLines lines: [SourceLine]) {
        var tracker = BlockTracker()
        for line in lines {
            guard tracker.isStructural(line.text), let (key, value) = Self.keyValue(line.text),
                  let kind = Key.names[key], kind != .links, kind != .title else {
                leftover.append(line)
                continue
            }
            let item = Value(text: value, line: line.number)
            switch kind {
            case .status: status = item
            case .date: date = item
            case .deciders: deciders = Self.splitPeople(value)
            case .consulted: consulted = Self.splitPeople(value)
            case .informed: informed = Self.splitPeople(value)
            case .tags: tags = Self.splitTags([value])
            case .links, .title: break
            }
        }
    }

    /// `Key: value`, optionally as a list item and with emphasis around the key.
    private static func keyValue(_ line: String) -> (String, String)? {
        var text = MarkdownText.removingComments(line).trimmingWhitespace
        if let content = BulletList.itemContent(text) { text = content }
        guard let colon = text.firstIndex(of: ":") else { return nil }
        let key = text[..<colon].trimmingCharacters(in: .init(charactersIn: "*_ ")).lowercased()
        let value = text[text.index(after: colon)...].trimmingCharacters(in: .init(charactersIn: "*_ \t"))
        guard !key.isEmpty, key.count <= 20 else { return nil }
        return (key, value)
    }

    private static func splitPeople(_ value: String) -> [String] {
        value.split(separator: ",").map { $0.trimmingWhitespace }.filter { !$0.isEmpty }
    }

    private static func splitTags(_ values: [String]) -> [String] {
        values.flatMap { $0.split(whereSeparator: { $0 == "," || $0 == " " }) }
            .map { $0.trimmingWhitespace }.filter { !$0.isEmpty }
    }

    /// `links: [{target: 2, kind: supersedes}]` as the `adrs` tool writes it.
    private static func frontMatterLinks(_ value: FrontMatterValue) -> [ADRLink] {
        guard case .list(let items) = value else { return [] }
        return items.compactMap { item in
            guard case .map(let pairs) = item,
                  let target = pairs.first(where: { $0.key == "target" })?.value.text,
                  let resolved = LinkLineParser.target(fromReference: target) else { return nil }
            let kind = pairs.first(where: { $0.key == "kind" || $0.key == "type" })?.value.text ?? "relates-to"
            return ADRLink(type: ADRLinkType(text: kind), target: resolved, raw: item.text)
        }
    }
}
