import StrataApp

/// The terminal rendering of an ``AuditReport``.
enum AuditText {
    static func render(_ report: AuditReport, style: TerminalStyle) -> String {
        var out = style.bold("Audit " + MomentHeading.text(position: report.position, asOf: report.asOf, validAt: report.validAt)) + "\n"
        if report.stores.isEmpty { out += "  (no stores in use)\n" }
        for store in report.stores {
            out += "\n\(Text.pad(store.store, 5)) \(Text.pad(Text.truncate(store.name, to: 22), 22)) \(Text.pad(store.technology, 14)) "
            out += style.judged(store.verdict) + "\n"
            for evidence in store.evidence {
                let mark = evidence.holds ? "✔" : "✘"
                var line = "\(mark) \(evidence.decision) \(evidence.kind): \(evidence.text)"
                if let why = evidence.why { line += " (\(why))" }
                out += "      " + Text.fit(line, to: 74) + "\n"
            }
            for note in store.notes { out += "      " + style.yellow("! ") + DecisionText.wrap(note, indent: 0).trimmingCharacters(in: .newlines) + "\n" }
        }
        if !report.findings.isEmpty {
            out += "\n" + style.bold("Findings") + "\n"
            for finding in report.findings {
                out += DecisionText.wrap("\(finding.code) [\(finding.rule)] \(finding.text)", indent: 2)
            }
        }
        let failing = report.stores.filter(\.verdict.failsAudit).count
        out += "\n" + (failing == 0 ? style.green("Every store is justified.") : style.red("\(failing) store\(failing == 1 ? " fails" : "s fail") the audit.")) + "\n"
        return out
    }
}
