import StrataApp

/// The terminal rendering of one decision record: headed sections, wrapped to the terminal.
enum DecisionText {
    static func render(_ record: DecisionRecord, style: TerminalStyle) -> String {
        let entry = record.entry, content = record.content
        var out = style.bold("\(entry.id): \(content.title)") + "\n"
        out += "Status: \(style.judged(entry.status)) (effective \(entry.effectiveAt.prefix(10)))"
        out += "   Proposed: \(entry.proposedAt.prefix(10)) by \(record.proposedBy)\n"
        if let context = entry.context { out += "Context: \(context)\n" }
        if !entry.tags.isEmpty { out += "Tags: \(entry.tags.joined(separator: ", "))\n" }
        if let affects = content.affects { out += "Affects: \(affects.map(Text.safe).joined(separator: ", "))\n" }
        if let refs = content.refs { out += "Refs: \(refs.map(Text.safe).joined(separator: ", "))\n" }
        section(&out, "Problem", content.problem, style)
        list(&out, "Drivers", content.drivers, style)
        if !content.options.isEmpty {
            out += "\n" + style.bold("Options") + "\n"
            for option in content.options {
                let chosen = option.name.lowercased() == content.chosenOption?.lowercased()
                out += wrap("\(chosen ? "✔" : "-") \(option.name)" + (option.description.map { ": \($0)" } ?? ""), indent: 2)
                for pro in option.pros { out += wrap("+ \(pro)", indent: 6) }
                for con in option.cons { out += wrap("− \(con)", indent: 6) }
            }
        }
        if let chosen = content.chosenOption { out += "\nChosen: \(chosen)\n" }
        section(&out, "Rationale", content.rationale, style)
        list(&out, "Good consequences", content.consequences.good, style)
        list(&out, "Bad consequences", content.consequences.bad, style)
        let people = [("Deciders", content.deciders), ("Consulted", content.consulted), ("Informed", content.informed)].filter { !$0.1.isEmpty }
        if !people.isEmpty {
            out += "\n" + people.map { "\($0.0): \($0.1.joined(separator: ", "))" }.joined(separator: "\n") + "\n"
        }
        list(&out, "Links", entry.links.map { "\($0.type) \($0.target)" }, style)
        list(&out, "Effects", record.effects, style)
        if !record.supersessionChain.isEmpty { out += "\nSupersession: " + record.supersessionChain.joined(separator: " → ") + "\n" }
        list(&out, "Timeline", record.timeline.map { "\($0.effectiveAt.prefix(10)) \($0.change) by \($0.by)" + ($0.reason.isEmpty ? "" : ": \($0.reason)") }, style)
        return out
    }

    private static func section(_ out: inout String, _ title: String, _ text: String, _ style: TerminalStyle) {
        guard !text.isEmpty else { return }
        out += "\n" + style.bold(title) + "\n" + wrap(text, indent: 2)
    }

    private static func list(_ out: inout String, _ title: String, _ items: [String], _ style: TerminalStyle) {
        guard !items.isEmpty else { return }
        out += "\n" + style.bold(title) + "\n" + items.map { wrap("- \($0)", indent: 2) }.joined()
    }

    /// Wraps at the terminal's width (80 columns off one, never with `--wide`); control characters are neutralised like every other printed field.
    static func wrap(_ text: String, indent: Int, layout: TerminalWidth = .current) -> String {
        let width = max(20, layout.lineWidth - indent)
        let pad = String(repeating: " ", count: indent)
        var lines: [String] = []
        for paragraph in text.split(separator: "\n", omittingEmptySubsequences: false) {
            var line = ""
            for word in paragraph.split(separator: " ") {
                let safe = Text.truncate(String(word), to: width, layout: layout)
                if !line.isEmpty, line.count + 1 + safe.count > width { lines.append(line); line = "" }
                line += (line.isEmpty ? "" : " ") + safe
            }
            lines.append(line)
        }
        return lines.map { pad + $0 }.joined(separator: "\n") + "\n"
    }
}
