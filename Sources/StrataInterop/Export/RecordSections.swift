import Foundation

/// The Markdown bodies of MADR-style sections, shared by the MADR and adr-tools writers
/// (adr-tools appends the MADR fields it has no section for) and by JSON-ADR's
/// `decision` text.
enum RecordSections {
    /// The heading and first line of the section that carries ``ADRRecord/decisionLog``.
    static let decisionLogHeading = "Decision Log"
    static let decisionLogMarker = "<!-- Written by strata from its decision log; edits here are not read back. -->"

    /// Writes the Decision Log section, when the record has lines for it.
    static func writeDecisionLog(_ record: ADRRecord, to writer: inout MarkdownWriter) {
        guard !record.decisionLog.isEmpty else { return }
        writer.section(2, decisionLogHeading, decisionLogMarker + "\n\n" + MarkdownWriter.bullets(record.decisionLog.map(MarkdownText.singleLine)))
    }

    /// The outcome text: free decision text, then `Chosen option: "…", because …`; a rejected
    /// record's option was proposed, never chosen, and says so.
    static func outcome(_ record: ADRRecord) -> String {
        var parts: [String] = []
        let decision = MarkdownEscaper.outcomeBlock(record.decision)
        if !decision.isEmpty { parts.append(decision) }
        if let option = record.chosenOption {
            let name = MarkdownText.singleLine(option)
            let quote = name.contains("\"") ? (name.contains("'") ? ("“", "”") : ("'", "'")) : ("\"", "\"")
            var line = (record.status == .rejected ? "Proposed option: " : "Chosen option: ") + quote.0 + name + quote.1
            let rationale = MarkdownEscaper.outcomeBlock(record.rationale)
            if !rationale.isEmpty {
                line += ", because" + (startsPlain(rationale) ? " " : "\n") + rationale
            }
            parts.append(line)
        }
        return parts.joined(separator: "\n\n")
    }

    /// Whether the first line of a block can move onto the end of another line without
    /// changing how the rest is read: it neither is a heading nor opens a fence or comment.
    private static func startsPlain(_ block: String) -> Bool {
        let first = String(block.prefix { $0 != "\n" })
        var tracker = BlockTracker()
        return tracker.isStructural(first) && MarkdownHeading(line: first) == nil
    }

    /// Consequence bullets (`* Good, because …`) followed by free text.
    static func consequences(_ consequences: ADRConsequences, headingsUpTo level: Int) -> String {
        let bullets = [
            MarkdownWriter.bullets(consequences.good, prefix: "Good, because "),
            MarkdownWriter.bullets(consequences.bad, prefix: "Bad, because "),
            MarkdownWriter.bullets(consequences.neutral, prefix: "Neutral, because "),
        ].filter { !$0.isEmpty }.joined(separator: "\n")
        let text = MarkdownEscaper.block(consequences.text, headingsUpTo: level)
        return [bullets, text].filter { !$0.isEmpty }.joined(separator: "\n\n")
    }

    /// One option's pros-and-cons body.
    static func optionBody(_ option: ADROption) -> String {
        let arguments = [
            MarkdownWriter.bullets(option.pros, prefix: "Good, because "),
            MarkdownWriter.bullets(option.neutral, prefix: "Neutral, because "),
            MarkdownWriter.bullets(option.cons, prefix: "Bad, because "),
        ].filter { !$0.isEmpty }.joined(separator: "\n")
        let description = MarkdownEscaper.block(option.description, headingsUpTo: 3)
        return [description, arguments].filter { !$0.isEmpty }.joined(separator: "\n\n")
    }

    /// Writes Decision Drivers, Considered Options and Pros and Cons, when present.
    static func writeOptions(_ record: ADRRecord, to writer: inout MarkdownWriter) {
        writer.section(2, "Decision Drivers", MarkdownWriter.bullets(record.decisionDrivers))
        writer.section(2, "Considered Options", MarkdownWriter.bullets(record.options.map(\.name)))
        let argued = record.options.filter { !optionBody($0).isEmpty }
        guard !argued.isEmpty else { return }
        writer.heading(2, "Pros and Cons of the Options")
        for option in argued {
            writer.heading(3, MarkdownText.singleLine(option.name))
            writer.block(optionBody(option))
        }
    }

    /// Writes the extra sections; the unnamed one is written by the caller at the top.
    ///
    /// An extra section whose name a reader would map to a field (a JSON-ADR custom
    /// section called "Context") gets its first character written as a numeric character
    /// reference (`&#67;ontext`): it renders the same, is not read back as the field, and
    /// the importer decodes the reference so the name survives.
    static func writeExtras(_ record: ADRRecord, to writer: inout MarkdownWriter) {
        for section in record.extraSections where !section.name.isEmpty {
            let body = MarkdownEscaper.block(section.body)
            guard !body.isEmpty else { continue }
            let name = MarkdownText.singleLine(section.name)
            guard SectionMapper.reinterprets(name), let first = name.unicodeScalars.first else {
                writer.heading(2, name)
                writer.block(body)
                continue
            }
            let rest = String(name.unicodeScalars.dropFirst())
            writer.block("## &#\(first.value);" + MarkdownEscaper.heading(rest))
            writer.block(body)
        }
    }

    /// The text written before the first heading (kept from the source's header).
    static func preamble(_ record: ADRRecord) -> String {
        MarkdownEscaper.block(record.extraSections.filter(\.name.isEmpty).map(\.body).joined(separator: "\n\n"))
    }

    /// The status as a line of its own; a status with no text is written as proposed,
    /// since an empty line would let the next line be read as the status.
    static func statusLine(_ status: ADRStatus) -> String {
        MarkdownEscaper.line(status.displayName.isEmpty ? ADRStatus.proposed.displayName : status.displayName)
    }

    /// A typed link line, `Supersedes [text](href)`.
    static func linkLine(phrase: String, text: String, href: String) -> String {
        let safeHref = href.unicodeScalars.map { scalar -> String in
            if scalar == " " || scalar == "(" || scalar == ")" || scalar == "<" || scalar == ">"
                || scalar.properties.generalCategory == .control {
                return String(format: "%%%02X", scalar.value)
            }
            return String(scalar)
        }.joined()
        return MarkdownEscaper.inline(phrase) + " [" + MarkdownEscaper.inline(text) + "](" + safeHref + ")"
    }
}
