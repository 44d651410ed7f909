import StrataProfile

/// Renders ``Advice`` for people, as `strata advise` prints it without `--json`.
///
/// The top choice comes first with its main reasons and cautions, then the
/// runners-up with scores, then warnings, assumptions, the scaling path and
/// the design (schema sketch, migration plan, operations, sizing).
/// Every sentence keeps its rule id so `strata rules ID` can explain it.
public enum AdviceRenderer {
    /// How many reasons and cautions of the top choice are shown.
    static let topNotes = 4

    /// The advice as wrapped text, `width` columns wide (minimum 40).
    public static func human(_ advice: Advice, width: Int = 80) -> String {
        let width = max(width, 40)
        var lines = ["Workload: \(advice.workload)", ""]
        lines += topChoice(advice, width: width)
        lines += runnersUp(advice, width: width)
        lines += section("Warnings", advice.warnings.map { "\($0.code.rawValue) (\($0.rule)): \($0.text)" }, width: width)
        lines += section("Assumptions", advice.assumptions, width: width)
        lines += section("Scaling path", advice.scaling.map { "\($0.step.rawValue) (\($0.rule)): \($0.text)" }, width: width, numbered: true)
        if let design = advice.design {
            lines += section("Schema sketch", design.schema.map(cited), width: width)
            lines += section("Migration plan", design.migration.map(cited), width: width, numbered: true)
            lines += section("Operations", design.operations.map(cited), width: width)
            lines += section("Sizing", design.sizing.map(cited), width: width)
        }
        while lines.last == "" { lines.removeLast() }
        return lines.joined(separator: "\n") + "\n"
    }

    private static func topChoice(_ advice: Advice, width: Int) -> [String] {
        guard let top = advice.recommendations.first else {
            return ["No recommendation: the profile does not say how the data is accessed.", ""]
        }
        let headline = "Recommended: \(top.technology.displayName) (\(top.technology.rawValue), \(top.category.rawValue), score \(format(top.score)))"
        var lines = TextWrapper.wrap(headline, width: width, indent: 2)
        lines += notes("Why", top.reasons, width: width)
        lines += notes("Watch out", top.cautions, width: width)
        return lines + [""]
    }

    private static func notes(_ title: String, _ notes: [RuleNote], width: Int) -> [String] {
        guard !notes.isEmpty else { return [] }
        var lines = ["  \(title):"]
        for note in notes.prefix(topNotes) {
            lines += TextWrapper.wrap(note.text, width: width, firstPrefix: "  - [\(note.rule)] ", indent: 4)
        }
        if notes.count > topNotes {
            lines.append("    (\(notes.count - topNotes) more; see --json)")
        }
        return lines
    }

    private static func runnersUp(_ advice: Advice, width: Int) -> [String] {
        let rest = advice.recommendations.dropFirst()
        guard !rest.isEmpty else { return [] }
        var lines = ["Runners-up:"]
        for (offset, entry) in rest.enumerated() {
            let lead = entry.reasons.first.map { "[\($0.rule)] \($0.text)" } ?? ""
            let number = "  \(offset + 2). "
            let head = number + TextWrapper.column(entry.technology.rawValue, 15)
                + TextWrapper.column(entry.category.rawValue, 16) + format(entry.score)
            if head.count <= width {
                lines.append(head)
            } else {
                let compact = "\(entry.technology.rawValue) (\(entry.category.rawValue)) \(format(entry.score))"
                lines += TextWrapper.wrap(compact, width: width, firstPrefix: number, indent: 7)
            }
            if !lead.isEmpty { lines += TextWrapper.wrap(lead, width: width, firstPrefix: "       ") }
        }
        return lines + [""]
    }

    private static func cited(_ note: RuleNote) -> String {
        "[\(note.rule)] \(note.text)"
    }

    private static func section(_ title: String, _ items: [String], width: Int, numbered: Bool = false) -> [String] {
        guard !items.isEmpty else { return [] }
        var lines = ["\(title):"]
        for (offset, item) in items.enumerated() {
            let bullet = numbered ? "  \(offset + 1). " : "  - "
            lines += TextWrapper.wrap(item, width: width, firstPrefix: bullet)
        }
        return lines + [""]
    }

    static func format(_ score: Double) -> String {
        let hundredths = Int((score * 100).rounded())
        return "\(hundredths / 100).\(String(format2: hundredths % 100))"
    }
}

private extension String {
    /// Two-digit, zero-padded decimal.
    init(format2 value: Int) {
        self = value < 10 ? "0\(value)" : "\(value)"
    }
}
