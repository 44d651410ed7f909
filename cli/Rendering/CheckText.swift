import StrataApp

/// `strata check --changed` as text: each governed file with its decisions, then a summary.
enum CheckText {
    static func render(_ report: ChangeCheck) -> String {
        var out = ""
        for file in report.files where !file.decisions.isEmpty {
            out += Text.safe(file.path) + (file.flagged ? "  [flagged: governed only by decisions no longer in force]" : "") + "\n"
            for decision in file.decisions {
                var line = "  " + Text.pad(decision.id, 8) + " " + Text.pad(decision.status, 11) + " " + Text.fit(decision.title, to: 50)
                line += "  (" + decision.patterns.map(Text.safe).joined(separator: ", ") + ")"
                if !decision.supersededBy.isEmpty { line += " → superseded by " + decision.supersededBy.joined(separator: ", ") }
                out += line + "\n"
            }
        }
        let governed = report.files.count - report.ungoverned
        out += "\(governed) of \(report.files.count) changed file\(report.files.count == 1 ? "" : "s") governed by decisions"
        out += report.flagged > 0 ? "; \(report.flagged) flagged\n" : "; none flagged\n"
        return out
    }
}
