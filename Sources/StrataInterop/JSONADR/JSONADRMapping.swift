import Foundation

/// Converts between JSON-ADR records and ``ADRRecord``.
///
/// JSON-ADR has no place for neutral consequences, free consequence prose, More
/// Information or status notes, so those travel in `custom_sections` under the names
/// below and come back to their fields on import.
enum JSONADRMapping {
    static let consequencesKey = "Consequences"
    static let neutralKey = "Neutral Consequences"
    static let risksKey = "Risks"
    static let moreInformationKey = "More Information"
    static let statusDetailKey = "Status Detail"
    /// Strata's derived Decision Log (``ADRRecord/decisionLog``): written, never read back.
    static let decisionLogKey = "Strata Decision Log"

    static func record(from dto: JSONADRRecord, file: String, position: Int, problems: inout [ImportProblem]) -> ADRRecord {
        func report(_ code: ImportProblemCode, _ message: String) {
            problems.append(ImportProblem(file: file, code: code, message: "record \(position + 1): " + message))
        }
        let title = dto.title.map(MarkdownText.singleLine) ?? ""
        var draft = RecordDraft(title: title.isEmpty ? "Untitled record \(position + 1)" : title)
        if title.isEmpty { report(.missingTitle, "has no title; named '\(draft.record.title)'. Add a title") }
        draft.record.number = dto.number
        if dto.number == nil { report(.missingNumber, "has no number. Add one") }
        readStatus(dto.status, into: &draft.record, report: report)
        if let date = dto.date, !date.trimmingWhitespace.isEmpty {
            let reading = DateProblemReporter.read(HeaderFields.Value(text: date, line: nil), file: file)
            draft.record.date = reading.day
            draft.record.dateText = reading.keptText
            problems += reading.problems
        }
        readBody(dto, into: &draft)
        draft.record.links = (dto.links ?? []).map { link in
            ADRLink(type: ADRLinkType(text: link.type), target: .number(link.target),
                    raw: link.description ?? "\(link.type) \(link.target)")
        }
        draft.record.sourcePath = dto.path
        if let uri = dto.sourceURI { draft.record.otherMetadata["source_uri"] = uri }
        return draft.record
    }

    private static func readStatus(_ text: String?, into record: inout ADRRecord, report: (ImportProblemCode, String) -> Void) {
        guard let text, !text.trimmingWhitespace.isEmpty else {
            record.status = .proposed
            report(.missingStatus, "has no status; treated as proposed. Add a status")
            return
        }
        record.status = ADRStatusReader.read(text, markdown: false).status
        if case .unknown = record.status {
            report(.unknownStatus, "status '\(ImportProblem.excerpt(text))' is not a known status; kept as written")
        }
    }

    private static func readBody(_ dto: JSONADRRecord, into draft: inout RecordDraft) {
        draft.record.deciders = dto.deciders ?? []
        draft.record.consulted = dto.consulted ?? []
        draft.record.informed = dto.informed ?? []
        draft.record.tags = dto.tags ?? []
        draft.record.context = dto.context ?? ""
        draft.record.decisionDrivers = dto.decisionDrivers ?? []
        draft.record.options = (dto.consideredOptions ?? []).map { option in
            let arguments = ArgumentReader.read(lines(option.description ?? ""))
            return ADROption(name: option.name, description: arguments.remainder,
                             pros: (option.pros ?? []) + arguments.good,
                             cons: (option.cons ?? []) + arguments.bad, neutral: arguments.neutral)
        }
        OutcomeReader.read(lines(dto.decision ?? ""), into: &draft)
        readConsequences(dto.consequences, into: &draft.record)
        draft.record.confirmation = dto.confirmation ?? ""
        for (name, body) in (dto.customSections ?? [:]).sorted(by: { $0.key < $1.key }) {
            switch name {
            case consequencesKey: draft.record.consequences.text.appendParagraph(body)
            case neutralKey: draft.record.consequences.neutral += ArgumentReader.entries(lines(body))
            case moreInformationKey: draft.record.moreInformation = body
            case statusDetailKey: draft.record.statusDetail = body
            case decisionLogKey: continue
            default: draft.record.extraSections.append(ADRSection(name: name, body: body))
            }
        }
    }

    private static func readConsequences(_ consequences: JSONADRRecord.Consequences?, into record: inout ADRRecord) {
        switch consequences {
        case .list(let items):
            record.consequences.text = bulletText(items)
        case let .structured(positive, negative, risks):
            record.consequences.good = positive ?? []
            record.consequences.bad = negative ?? []
            if let risks, !risks.isEmpty { record.extraSections.append(ADRSection(name: risksKey, body: bulletText(risks))) }
        case nil:
            break
        }
    }

    /// Items as a Markdown list, continuation lines indented under their item.
    static func bulletText(_ items: [String]) -> String {
        items.map { "* " + $0.replacingOccurrences(of: "\n", with: "\n  ") }.joined(separator: "\n")
    }

    static func lines(_ text: String) -> [SourceLine] {
        text.split(separator: "\n", omittingEmptySubsequences: false).enumerated()
            .map { SourceLine(number: $0.offset + 1, text: String($0.element)) }
    }
}
