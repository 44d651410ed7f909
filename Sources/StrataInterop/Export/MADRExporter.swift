/// Writes records as MADR 4 files with YAML front matter.
///
/// File names are `NNNN-slug.md` (MADR's convention, adr-tools' slug rules). Front
/// matter carries `status` (quoted, as MADR 4 does; a superseded record says
/// `superseded by ADR-NNNN`), `date`, `decision-makers`, `consulted`, `informed`, plus
/// `tags` and any keys kept from the source. The title heading has no number. Status
/// notes (``ADRRecord/statusDetail``), which MADR has no field for, go in a `## Status`
/// section that repeats the status. Sections
/// follow MADR 4's order; typed links, which MADR 4 puts in prose, are written as
/// `* Supersedes [Title](file.md)` lines under "More Information", where the importer
/// reads them back.
public enum MADRExporter {
    /// One file per record, numbered as ``ADRToolsExporter/export(_:)`` numbers them.
    public static func export(_ records: [ADRRecord]) -> [ExportedFile] {
        let plan = ExportPlan(records: records) { number, record in
            ADRToolsSlug.fileName(number: number, title: record.title)
        }
        return plan.entries.map { entry in
            ExportedFile(relativePath: entry.fileName, contents: render(entry.record, plan: plan))
        }
    }

    static func render(_ record: ADRRecord, plan: ExportPlan) -> String {
        var writer = MarkdownWriter()
        writer.block(frontMatter(record, plan: plan))
        writer.block("# " + numberSafeTitle(record.title))
        writer.block(RecordSections.preamble(record))
        let detail = MarkdownEscaper.blockWithoutLinks(record.statusDetail)
        if !detail.isEmpty {
            // MADR has no place for status notes; a Status section keeps them, and its
            // status line agrees with the front matter.
            writer.section(2, "Status", RecordSections.statusLine(record.status) + "\n\n" + detail)
        }
        writer.section(2, "Context and Problem Statement", MarkdownEscaper.block(record.context))
        RecordSections.writeOptions(record, to: &writer)
        let outcome = RecordSections.outcome(record)
        let consequences = RecordSections.consequences(record.consequences, headingsUpTo: 3)
        let confirmation = MarkdownEscaper.block(record.confirmation, headingsUpTo: 3)
        if !(outcome + consequences + confirmation).isEmpty {
            writer.heading(2, "Decision Outcome")
            writer.block(outcome)
            writer.section(3, "Consequences", consequences)
            writer.section(3, "Confirmation", confirmation)
        }
        writer.section(2, "More Information", moreInformation(record, plan: plan))
        RecordSections.writeDecisionLog(record, to: &writer)
        RecordSections.writeExtras(record, to: &writer)
        return writer.text
    }

    /// MADR 4 front matter; keys with no value are left out.
    private static func frontMatter(_ record: ADRRecord, plan: ExportPlan) -> String {
        var lines = ["---", "status: " + YAMLText.quoted(statusValue(record, plan: plan))]
        if let day = record.date {
            lines.append("date: \(day)")
        } else if let text = record.dateText {
            lines.append("date: " + YAMLText.quoted(text))
        }
        for (key, values) in [("decision-makers", record.deciders), ("consulted", record.consulted),
                              ("informed", record.informed), ("tags", record.tags)] where !values.isEmpty {
            lines.append(key + ":")
            lines += values.map { "  - " + YAMLText.scalar($0) }
        }
        for key in record.otherMetadata.keys.sorted() {
            lines.append(YAMLText.scalar(key) + ": " + YAMLText.scalar(record.otherMetadata[key] ?? ""))
        }
        lines.append("---")
        return lines.joined(separator: "\n")
    }

    /// `superseded by ADR-0005` when the successor is part of the export; otherwise the
    /// status name (the link itself is written under More Information either way).
    private static func statusValue(_ record: ADRRecord, plan: ExportPlan) -> String {
        guard record.status == .superseded,
              let link = record.links.first(where: { $0.type == .supersededBy }),
              let entry = plan.entry(for: link.target) else {
            return record.status.name
        }
        return "superseded by ADR-" + ADRNumber.padded(entry.number)
    }

    private static func moreInformation(_ record: ADRRecord, plan: ExportPlan) -> String {
        let prose = MarkdownEscaper.blockWithoutLinks(record.moreInformation)
        let links = record.links.map { link -> String in
            if let entry = plan.entry(for: link.target) {
                return "* " + RecordSections.linkLine(phrase: link.type.phrase, text: entry.record.title, href: entry.fileName)
            }
            let fallback = ExportedLinkTarget(link)
            return "* " + RecordSections.linkLine(phrase: link.type.phrase, text: fallback.text, href: fallback.href)
        }.joined(separator: "\n")
        return [prose, links].filter { !$0.isEmpty }.joined(separator: "\n\n")
    }

    /// The escaped title heading text, with the punctuation after a leading number
    /// (`2. Title`, `ADR-3: Title`) escaped too, since MADR titles carry no number and
    /// the importer would otherwise read one.
    private static func numberSafeTitle(_ title: String) -> String {
        var text = MarkdownEscaper.heading(title)
        guard TitleReader.read(text).number != nil,
              let digitStart = text.firstIndex(where: \.isASCIIDigit) else { return text }
        let afterDigits = text[digitStart...].firstIndex { !$0.isASCIIDigit && $0 != " " } ?? text.endIndex
        if afterDigits < text.endIndex { text.insert("\\", at: afterDigits) }
        return text
    }
}
