/// Maps `##` sections to record fields by their heading, whatever the format.
///
/// Nygard (Context, Decision, Consequences, Status) and MADR (Context and Problem
/// Statement, Decision Drivers, Considered Options, Decision Outcome, Pros and Cons of
/// the Options, Consequences, Confirmation, More Information, Links) use different names
/// for overlapping ideas; one table serves both. Unknown sections are kept verbatim.
enum SectionMapper {
    private enum Kind {
        case status, context, drivers, options, outcome, decision, prosAndCons
        case consequences, positive, negative, confirmation, moreInformation, links
    }

    private static let kinds: [String: Kind] = [
        "status": .status,
        "context": .context, "context and problem statement": .context,
        "problem statement": .context, "context and problem": .context,
        "decision drivers": .drivers,
        "considered options": .options, "options": .options,
        "decision outcome": .outcome, "decision": .decision,
        "pros and cons of the options": .prosAndCons, "pros and cons": .prosAndCons,
        "consequences": .consequences,
        "positive consequences": .positive, "negative consequences": .negative,
        "confirmation": .confirmation, "validation": .confirmation,
        "more information": .moreInformation, "links": .links,
    ]

    /// Whether a section with this heading would be read into a field that an extra
    /// section of the same name must not land in. Options, pros-and-cons and links
    /// leftovers read back as the same extra section, so they are not included.
    static func reinterprets(_ heading: String) -> Bool {
        guard let kind = kinds[MarkdownHeading.key(heading)] else { return false }
        return ![.options, .prosAndCons, .links].contains(kind)
    }

    /// Applies every section of a document to the draft, in file order.
    static func apply(_ sections: [MarkdownSection], to draft: inout RecordDraft) {
        for section in sections {
            apply(section, to: &draft)
        }
    }

    private static func apply(_ section: MarkdownSection, to draft: inout RecordDraft) {
        let body = section.body
        // Strata's own Decision Log is derived from its log: reading it back as content would
        // make every re-import of an export an edit.
        if section.key == MarkdownHeading.key(RecordSections.decisionLogHeading),
           body.first(where: { !$0.text.trimmingWhitespace.isEmpty })?.text.trimmingWhitespace == RecordSections.decisionLogMarker {
            return
        }
        switch kinds[section.key] {
        case .status: draft.statusLines = draft.statusLines.map { $0 + body } ?? body
        case .context: draft.record.context.appendParagraph(body.joinedText)
        case .drivers: draft.record.decisionDrivers += ArgumentReader.entries(body)
        case .options: OptionReader.readList(section, into: &draft)
        case .outcome: OutcomeReader.read(body, into: &draft)
        case .decision:
            if body.contains(where: { OutcomeReader.choice(in: $0.text) != nil }) {
                OutcomeReader.read(body, into: &draft)
            } else {
                draft.record.decision.appendParagraph(body.joinedText)
            }
        case .prosAndCons: OptionReader.readProsAndCons(section, into: &draft)
        case .consequences: ConsequenceReader.read(body, into: &draft.record.consequences)
        case .positive: draft.record.consequences.good += ArgumentReader.entries(body)
        case .negative: draft.record.consequences.bad += ArgumentReader.entries(body)
        case .confirmation: draft.record.confirmation.appendParagraph(body.joinedText)
        case .moreInformation: draft.record.moreInformation.appendParagraph(extractLinks(body, into: &draft))
        case .links: draft.addExtra(section.displayName, extractLinks(body, into: &draft))
        case nil: draft.addExtra(section.displayName, body.joinedText)
        }
    }

    /// Moves typed link lines into the draft's links; returns the other lines as text.
    static func extractLinks(_ lines: [SourceLine], into draft: inout RecordDraft) -> String {
        var tracker = BlockTracker()
        var consumed = Set<Int>()
        for line in lines where tracker.isStructural(line.text) {
            guard let link = LinkLineParser.link(in: line.text) else { continue }
            draft.addLink(link, line: line.number)
            consumed.insert(line.number)
        }
        return lines.text(excluding: consumed)
    }
}
