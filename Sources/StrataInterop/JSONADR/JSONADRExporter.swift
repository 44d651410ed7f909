import StrataJSON

public import Foundation

/// Writes records as one JSON-ADR v1 bulk document.
///
/// The output validates against the v1 schema: every record gets a number ≥ 1 (records
/// numbered 0 or unnumbered get the next free numbers, as ``ExportPlan`` assigns them;
/// `path` keeps the original file name), every link targets a number, and fields the
/// schema lacks travel in `custom_sections` (see ``JSONADRMapping``). Front-matter keys
/// without a field (``ADRRecord/otherMetadata``) and links to records outside the
/// export that have no number cannot be expressed and are left out.
public enum JSONADRExporter {
    /// The tool name written to `tool.name`.
    public static let toolName = "strata"

    /// The document as a file named `fileName`.
    ///
    /// - Parameters:
    ///   - generatedAt: written as `generated_at`; pass `nil` for reproducible output.
    ///   - toolVersion: written as `tool.version`.
    ///   - repositoryName: written as `repository.name`, when given.
    public static func export(
        _ records: [ADRRecord], generatedAt: Date? = nil, toolVersion: String = "0",
        repositoryName: String? = nil, fileName: String = "adrs.json"
    ) -> ExportedFile {
        let data = encode(records, generatedAt: generatedAt, toolVersion: toolVersion, repositoryName: repositoryName)
        return ExportedFile(relativePath: fileName, contents: String(decoding: data, as: UTF8.self) + "\n")
    }

    /// The document as pretty-printed JSON with sorted keys.
    public static func encode(
        _ records: [ADRRecord], generatedAt: Date? = nil, toolVersion: String = "0", repositoryName: String? = nil
    ) -> Data {
        let plan = ExportPlan(records: records, minimumNumber: 1) { number, record in
            record.fileName ?? ADRToolsSlug.fileName(number: number, title: record.title)
        }
        let document = JSONADRDocument(
            schema: nil, version: "1.0.0", generatedAt: generatedAt?.formatted(.iso8601),
            tool: .init(name: toolName, version: toolVersion),
            repository: repositoryName.map { .init(name: $0, adrDirectory: nil) },
            adrs: plan.entries.map { Lenient(dto(for: $0, plan: plan)) }, adr: nil)
        return (try? JSONCodec.encode(document, .pretty)) ?? Data("{\"version\":\"1.0.0\",\"adrs\":[]}".utf8)
    }

    private static func dto(for entry: ExportPlan.Entry, plan: ExportPlan) -> JSONADRRecord {
        let record = entry.record
        let title = MarkdownText.singleLine(record.title)
        let decision = RecordSections.outcome(record)
        var dto = JSONADRRecord(
            number: entry.number, title: title.isEmpty ? "Untitled" : title,
            status: record.status.name.isEmpty ? ADRStatus.proposed.name : record.status.name,
            date: record.date?.description ?? record.dateText ?? "")
        dto.deciders = nonEmpty(record.deciders)
        dto.consulted = nonEmpty(record.consulted)
        dto.informed = nonEmpty(record.informed)
        dto.tags = nonEmpty(record.tags)
        dto.context = record.context.isEmpty ? nil : record.context
        dto.decisionDrivers = nonEmpty(record.decisionDrivers)
        dto.consideredOptions = record.options.isEmpty ? nil : record.options.map(option)
        dto.decision = decision.isEmpty ? nil : decision
        dto.confirmation = record.confirmation.isEmpty ? nil : record.confirmation
        dto.links = nonEmpty(record.links.compactMap { link(for: $0, plan: plan) })
        dto.path = record.sourcePath
        writeConsequences(record.consequences, into: &dto)
        var custom = dto.customSections ?? [:]
        for section in record.extraSections { custom[section.name, default: ""].appendParagraph(section.body) }
        if !record.moreInformation.isEmpty { custom[JSONADRMapping.moreInformationKey] = record.moreInformation }
        if !record.statusDetail.isEmpty { custom[JSONADRMapping.statusDetailKey] = record.statusDetail }
        if !record.decisionLog.isEmpty { custom[JSONADRMapping.decisionLogKey] = record.decisionLog.map { "* " + $0 }.joined(separator: "\n") }
        dto.customSections = custom.isEmpty ? nil : custom
        return dto
    }

    /// Neutral arguments have no JSON-ADR field; they travel as bullets in the description.
    private static func option(_ option: ADROption) -> JSONADRRecord.Option {
        let neutral = MarkdownWriter.bullets(option.neutral, prefix: "Neutral, because ")
        let description = [option.description, neutral].filter { !$0.isEmpty }.joined(separator: "\n\n")
        return .init(name: option.name.isEmpty ? "Unnamed option" : option.name,
                     description: description.isEmpty ? nil : description,
                     pros: nonEmpty(option.pros), cons: nonEmpty(option.cons))
    }

    private static func link(for link: ADRLink, plan: ExportPlan) -> JSONADRRecord.Link? {
        if let entry = plan.entry(for: link.target) {
            return .init(type: link.type.jsonName, target: entry.number, description: nil)
        }
        guard case .number(let number) = link.target, number >= 1 else { return nil }
        return .init(type: link.type.jsonName, target: number, description: nil)
    }

    /// A plain list when the consequences are only prose; `{positive, negative}` when
    /// they are classified, with neutral bullets and prose in custom sections.
    private static func writeConsequences(_ consequences: ADRConsequences, into dto: inout JSONADRRecord) {
        guard !consequences.isEmpty else { return }
        if consequences.good.isEmpty, consequences.bad.isEmpty, consequences.neutral.isEmpty {
            dto.consequences = .list(ArgumentReader.entries(JSONADRMapping.lines(consequences.text)))
            return
        }
        dto.consequences = .structured(positive: nonEmpty(consequences.good), negative: nonEmpty(consequences.bad), risks: nil)
        var custom = dto.customSections ?? [:]
        if !consequences.neutral.isEmpty { custom[JSONADRMapping.neutralKey] = JSONADRMapping.bulletText(consequences.neutral) }
        if !consequences.text.isEmpty { custom[JSONADRMapping.consequencesKey] = consequences.text }
        dto.customSections = custom
    }

    private static func nonEmpty<T>(_ values: [T]) -> [T]? {
        values.isEmpty ? nil : values
    }
}
