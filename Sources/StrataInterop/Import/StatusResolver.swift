/// Settles a record's status from the places a status can be written.
///
/// Precedence: the first non-link line of a Nygard `## Status` section; else the header
/// or front-matter `status` value; else "superseded" when a "superseded by" link exists;
/// else the format's default, reported as missing. Link lines in the Status section
/// become links, and other lines are kept as ``ADRRecord/statusDetail``.
enum StatusResolver {
    static func resolve(_ draft: inout RecordDraft, header: HeaderFields.Value?, format: ADRFormat, file: String) {
        var candidates: [HeaderFields.Value] = []
        if let lines = draft.statusLines, let value = readSection(lines, into: &draft) { candidates.append(value) }
        if let header { candidates.append(header) }
        for value in candidates where apply(value, to: &draft, file: file) {
            return
        }
        let superseded = draft.record.links.contains { $0.type == .supersededBy }
        draft.record.status = superseded ? .superseded : format.defaultStatus
        if !superseded {
            draft.problems.append(ImportProblem(
                file: file, line: draft.statusLines?.first?.number, code: .missingStatus,
                message: "no status found; treated as \(format.defaultStatus.name). Add a status to make it explicit"))
        }
    }

    /// Splits Status-section lines into links, the status line and detail text.
    private static func readSection(_ lines: [SourceLine], into draft: inout RecordDraft) -> HeaderFields.Value? {
        var tracker = BlockTracker()
        var consumed = Set<Int>()
        var status: HeaderFields.Value?
        for line in lines where tracker.isStructural(line.text) && !line.text.trimmingWhitespace.isEmpty {
            if let link = LinkLineParser.link(in: line.text) {
                draft.addLink(link, line: line.number)
                consumed.insert(line.number)
            } else if status == nil, !MarkdownText.removingComments(line.text).trimmingWhitespace.isEmpty {
                status = HeaderFields.Value(text: line.text, line: line.number)
                consumed.insert(line.number)
            }
        }
        draft.record.statusDetail.appendParagraph(lines.text(excluding: consumed))
        return status
    }

    /// Reads a status value and reports its decoration; `false` when it names nothing.
    private static func apply(_ value: HeaderFields.Value, to draft: inout RecordDraft, file: String) -> Bool {
        let text = value.text.trimmingWhitespace
        if let link = LinkLineParser.link(in: text), link.type == .supersededBy {
            draft.addLink(link, line: value.line)
            draft.record.status = .superseded
            return true
        }
        let reading = ADRStatusReader.read(text, markdown: value.isMarkdown)
        guard reading.status != .unknown("") else { return false }
        draft.record.status = reading.status
        if let successor = reading.successor, let target = LinkLineParser.target(fromReference: successor) {
            draft.addLink(ADRLink(type: .supersededBy, target: target, raw: text), line: value.line)
        }
        func report(_ code: ImportProblemCode, _ message: String) {
            draft.problems.append(ImportProblem(file: file, line: value.line, code: code, message: message))
        }
        if reading.wasBadge {
            report(.badgeStatus, "status is a badge image; read as '\(ImportProblem.excerpt(reading.status.name))'. Write the status as text")
        }
        if reading.hadEmoji {
            report(.emojiStatus, "status has emoji or invisible characters; read as '\(ImportProblem.excerpt(reading.status.name))'. Write the status word alone")
        }
        if reading.isUnknown {
            report(.unknownStatus, "status '\(ImportProblem.excerpt(reading.status.name))' is not proposed, accepted, rejected, superseded or deprecated; kept as written")
        }
        return true
    }
}
