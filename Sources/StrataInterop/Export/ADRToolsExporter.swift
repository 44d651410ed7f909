/// Writes records as adr-tools would have written them.
///
/// For records that only use adr-tools' fields the output is byte-for-byte what
/// `adr new`, `adr new -s` and `adr link` produce (with `ADR_DATE` set to the record's
/// date): `NNNN-slug.md` names, `# N. Title`, `Date:`, a `## Status` section holding the
/// status and then one line per link in adr-tools' spelling ("Supercedes", "Superceded
/// by"), then Context, Decision and Consequences. As adr-tools removes "Accepted" when it
/// supersedes a record, a superseded record with a successor link has no status word.
/// Fields adr-tools has no section for (MADR's drivers, options, confirmation, …) are
/// appended as further `##` sections so an export loses nothing.
public enum ADRToolsExporter {
    /// One file per record. Records without a number (or with a number an earlier record
    /// already uses) get the next free numbers, and links follow them.
    public static func export(_ records: [ADRRecord]) -> [ExportedFile] {
        let plan = makePlan(records)
        return plan.entries.map { entry in
            ExportedFile(relativePath: entry.fileName, contents: render(entry, plan: plan))
        }
    }

    /// The `adr generate toc` output for the records.
    ///
    /// - Parameters:
    ///   - intro: Markdown placed after the heading (`-i`), as adr-tools inserts a file.
    ///   - outro: Markdown placed after the list (`-o`).
    ///   - linkPrefix: prepended to every file name (`-p`), for example `doc/adr/`.
    public static func tableOfContents(
        _ records: [ADRRecord], intro: String? = nil, outro: String? = nil, linkPrefix: String = ""
    ) -> String {
        var text = "# Architecture Decision Records\n\n"
        if let intro { text += terminated(intro) + "\n" }
        let entries = makePlan(records).entries.sorted { $0.number < $1.number }
        for entry in entries {
            let title = MarkdownEscaper.inline("\(entry.number). \(entry.record.title)")
            text += "* [\(title)](\(linkPrefix)\(entry.fileName))\n"
        }
        if let outro { text += "\n" + terminated(outro) }
        return text
    }

    private static func makePlan(_ records: [ADRRecord]) -> ExportPlan {
        ExportPlan(records: records) { number, record in ADRToolsSlug.fileName(number: number, title: record.title) }
    }

    private static func terminated(_ text: String) -> String {
        text.hasSuffix("\n") ? text : text + "\n"
    }

    static func render(_ entry: ExportPlan.Entry, plan: ExportPlan) -> String {
        let record = entry.record
        var writer = MarkdownWriter()
        writer.heading(1, "\(entry.number). \(MarkdownText.singleLine(record.title))")
        if let date = record.date?.description ?? record.dateText {
            writer.block("Date: " + MarkdownEscaper.inline(date))
        }
        writer.block(RecordSections.preamble(record))
        writer.heading(2, "Status")
        writeStatus(record, plan: plan, to: &writer)
        writer.heading(2, "Context")
        writer.block(MarkdownEscaper.block(record.context))
        writer.heading(2, "Decision")
        writer.block(record.chosenOption == nil ? MarkdownEscaper.block(record.decision) : RecordSections.outcome(record))
        writer.heading(2, "Consequences")
        writer.block(RecordSections.consequences(record.consequences, headingsUpTo: 2))
        RecordSections.writeOptions(record, to: &writer)
        writer.section(2, "Confirmation", MarkdownEscaper.block(record.confirmation))
        writer.section(2, "More Information", MarkdownEscaper.blockWithoutLinks(record.moreInformation))
        RecordSections.writeDecisionLog(record, to: &writer)
        RecordSections.writeExtras(record, to: &writer)
        return writer.text
    }

    private static func writeStatus(_ record: ADRRecord, plan: ExportPlan, to writer: inout MarkdownWriter) {
        let hasSuccessor = record.links.contains { $0.type == .supersededBy }
        let detail = MarkdownEscaper.blockWithoutLinks(record.statusDetail)
        if !(record.status == .superseded && hasSuccessor && detail.isEmpty) {
            writer.block(RecordSections.statusLine(record.status))
        }
        writer.block(detail)
        for link in record.links {
            writer.block(linkLine(link, plan: plan))
        }
    }

    /// `Supercedes [1. First Record](0001-first-record.md)`: the text is the target's
    /// heading without `# `, the href its file name, as `_adr_add_link` writes them.
    private static func linkLine(_ link: ADRLink, plan: ExportPlan) -> String {
        if let target = plan.entry(for: link.target) {
            return RecordSections.linkLine(
                phrase: link.type.adrToolsPhrase, text: "\(target.number). \(target.record.title)", href: target.fileName)
        }
        let fallback = ExportedLinkTarget(link)
        return RecordSections.linkLine(phrase: link.type.adrToolsPhrase, text: fallback.text, href: fallback.href)
    }
}

/// Text and href for a link whose target is not part of the export.
struct ExportedLinkTarget {
    let text: String
    let href: String

    init(_ link: ADRLink) {
        switch link.target {
        case .number(let number):
            text = link.targetTitle.map { "\(number). \($0)" } ?? "\(number)"
            href = ADRNumber.padded(number) + (link.targetTitle.map { "-" + ADRToolsSlug.slug($0) } ?? "") + ".md"
        case .file(let path):
            text = link.targetTitle ?? path
            href = path
        }
    }
}
