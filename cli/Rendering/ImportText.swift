import StrataApp

/// What `strata import` prints: source problems, notes, one line per new or changed decision
/// (a changed one with what was recorded for it), and a total.
enum ImportText {
    static func lines(_ report: ImportReport) -> [String] {
        report.problems.map { Text.safe($0.description) }
            + report.notes.map { Text.safe("\($0.file): \($0.message)") }
            + report.decisions.filter(\.new).map(line)
            + report.decisions.filter { !$0.changes.isEmpty }.map { line($0) + "  (" + $0.changes.joined(separator: "; ") + ")" }
            + [total(report)]
    }

    /// `strata import --git`: notes, one line per commit, and a total.
    static func replay(_ report: GitReplayReport) -> [String] {
        report.notes.map { Text.safe("\($0.file): \($0.message)") }
            + report.steps.map { step in
                Text.pad(String(step.commit.prefix(7)), 8) + Text.pad(step.date, 11) + Text.pad(Text.fit(Text.safe(step.author), to: 20), 21)
                    + "\(step.new) new, \(step.changed) changed; \(step.events) event\(step.events == 1 ? "" : "s")"
            }
            + ["\(report.steps.count) commit\(report.steps.count == 1 ? "" : "s") \(report.dryRun ? "would be " : "")replayed"
               + (report.alreadyReplayed > 0 ? " (\(report.alreadyReplayed) already replayed before)" : "")
               + "; \(report.events) event\(report.events == 1 ? "" : "s") \(report.dryRun ? "would be recorded (dry run: nothing was written)" : "recorded")"]
    }

    /// `strata import events`: one line.
    static func merge(_ report: MergeReport, file: String) -> [String] {
        let tail = report.dryRun ? " (dry run: nothing was written)" : ""
        var lines = report.renumbered.map { "\($0.from) of the merged store is \($0.to) here: this store gives \($0.from) to another entity" }
        lines += report.refused.map {
            "\(file):\($0.line): \($0.eventType) refused, this store's rules say: \($0.message); "
                + "its command's \($0.events) event\($0.events == 1 ? " was" : "s were") left out [\($0.code)]"
        }
        let refused = report.refused.isEmpty ? "" : ", \(report.refused.count) command\(report.refused.count == 1 ? "" : "s") refused"
        lines.append("\(report.new) new, \(report.alreadyPresent) already present\(refused); \(report.new) event\(report.new == 1 ? "" : "s") "
            + "\(report.dryRun ? "would be " : "")merged\(tail)")
        return lines
    }

    private static func line(_ decision: ImportReport.Decision) -> String {
        var source = decision.source ?? decision.key
        if let number = decision.sourceNumber, number != Int(decision.id.dropFirst(4)) { source += " (was \(number))" }
        return Text.pad(decision.id, 8) + " " + Text.pad(decision.status, 11) + " "
            + Text.pad(Text.truncate(source, to: 48), 48) + "  " + Text.fit(decision.title, to: 60)
    }

    private static func total(_ report: ImportReport) -> String {
        var text = "\(report.new) new, " + (report.changed > 0 ? "\(report.changed) changed, " : "") + "\(report.alreadyPresent) already present"
        switch report.numbering {
        case "kept": text += "; source numbers kept"
        case "renumbered":
            let renumbered = report.decisions.filter { $0.new && $0.sourceNumber.map { "ADR-\($0)" } != $0.id }
            let kept = report.new - renumbered.count
            text += kept > 0 ? "; \(kept) kept their numbers, \(renumbered.count) numbered from \(renumbered.first?.id ?? "")"
                : "; numbered from \(renumbered.first?.id ?? "")"
        default: break
        }
        text += "; \(report.events) event\(report.events == 1 ? "" : "s")"
        return text + (report.dryRun ? " would be recorded (dry run: nothing was written)" : " recorded")
    }
}
