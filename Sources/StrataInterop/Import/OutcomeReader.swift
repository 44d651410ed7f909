import Foundation

/// Reads MADR's `## Decision Outcome`: the chosen option, the rationale, and the
/// `### Consequences` / `### Confirmation` subsections.
enum OutcomeReader {
    /// The parts of a "Chosen option" line.
    struct Choice: Sendable, Equatable {
        var option: String
        /// The text after the option name (and after "because"), on the same line.
        var rest: String
    }

    /// The `###` headings inside an outcome that map to fields; other subsections are
    /// part of the outcome's text.
    static let mappedSubsections: Set<String> = [
        "consequences", "positive consequences", "negative consequences", "confirmation", "validation",
    ]

    /// Fills the draft from the body of a Decision Outcome section. Subsections that map
    /// to no field (`### Implementation notes`) stay, heading included, in the outcome text.
    static func read(_ body: [SourceLine], into draft: inout RecordDraft) {
        var (lead, subsections) = MarkdownSection.split(body, upToLevel: 3)
        for subsection in subsections where !mappedSubsections.contains(subsection.key) {
            lead += [SourceLine(number: subsection.line, text: "### " + subsection.heading)] + subsection.body
        }
        readLead(lead, into: &draft)
        for subsection in subsections where mappedSubsections.contains(subsection.key) {
            switch subsection.key {
            case "consequences":
                ConsequenceReader.read(subsection.body, into: &draft.record.consequences)
            case "positive consequences":
                draft.record.consequences.good += ArgumentReader.entries(subsection.body)
            case "negative consequences":
                draft.record.consequences.bad += ArgumentReader.entries(subsection.body)
            default:
                draft.record.confirmation.appendParagraph(subsection.body.joinedText)
            }
        }
    }

    /// The text before any subsection: a chosen-option line makes the rest rationale;
    /// without one, the whole text is the decision.
    private static func readLead(_ lead: [SourceLine], into draft: inout RecordDraft) {
        guard let index = lead.firstIndex(where: { choice(in: $0.text) != nil }),
              let choice = choice(in: lead[index].text) else {
            draft.record.decision.appendParagraph(lead.joinedText)
            return
        }
        draft.record.decision.appendParagraph(Array(lead[..<index]).joinedText)
        draft.record.chosenOption = choice.option
        var rationale = choice.rest
        let after = Array(lead[(index + 1)...]).joinedText
        if !after.isEmpty { rationale = rationale.isEmpty ? after : rationale + "\n" + after }
        draft.record.rationale.appendParagraph(rationale)
    }

    /// Reads `Chosen option: "Name", because reason`, with any quote style or none, and
    /// `Proposed option: …`, which is how a rejected record names what it proposed.
    static func choice(in line: String) -> Choice? {
        var text = Substring(line.trimmingWhitespace)
        text = text.drop { $0 == "*" || $0 == "_" }
        guard let lead = ["chosen option", "proposed option"].first(where: { text.lowercased().hasPrefix($0) }) else { return nil }
        text = text.dropFirst(lead.count).drop { $0 == "*" || $0 == "_" || $0 == " " }
        guard text.first == ":" else { return nil }
        text = text.dropFirst().drop { $0 == "*" || $0 == "_" || $0 == " " }
        let (name, rest) = splitName(text)
        guard !name.isEmpty else { return nil }
        var remainder = rest.drop { $0 == "," || $0 == "." || $0 == ";" || $0 == " " }
        if remainder.lowercased().hasPrefix("because") { remainder = remainder.dropFirst(7) }
        return Choice(option: name, rest: remainder.trimmingWhitespace)
    }

    private static let quotePairs: [Character: Character] = ["\"": "\"", "'": "'", "“": "”", "‘": "’", "`": "`"]

    /// The option name (quoted or up to ", because") and what follows it.
    private static func splitName(_ text: Substring) -> (String, Substring) {
        if let open = text.first, let close = quotePairs[open] {
            let body = text.dropFirst()
            var candidate = body.firstIndex(of: close)
            while let index = candidate {
                let next = body.index(after: index)
                if next == body.endIndex || ",.;:) ".contains(body[next]) {
                    return (String(body[..<index]).trimmingWhitespace, body[next...])
                }
                candidate = body[next...].firstIndex(of: close)
            }
        }
        if let because = text.range(of: ", because") {
            return (text[..<because.lowerBound].trimmingWhitespace, text[because.lowerBound...])
        }
        var name = text.trimmingWhitespace
        while name.last == "." { name.removeLast() }
        return (name, "")
    }
}
