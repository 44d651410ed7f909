import StrataApp

/// The terminal rendering of an ``ArchitectureAdviceReport``.
enum ReviewText {
    static func render(_ report: ArchitectureAdviceReport, style: TerminalStyle) -> String {
        var out = style.bold("Architecture review (position \(report.position))") + "\n"
        if report.workloads.isEmpty { out += "  (no workloads recorded yet; add one with 'strata workload add --file PROFILE')\n" }
        for fit in report.workloads {
            let mark = fit.fits ? style.green("✔") : style.yellow("?")
            let served = fit.servedBy.isEmpty ? "no store" : fit.servedBy.joined(separator: ", ")
            out += "\(mark) \(Text.pad(fit.workload, 5)) \(Text.pad(Text.truncate(fit.name, to: 22), 22)) on \(Text.fit(served, to: 44))\n"
            if !fit.fits { out += "        advisor's top choices: \(fit.topChoices.map(\.rawValue).joined(separator: ", "))\n" }
        }
        if !report.scaling.isEmpty {
            out += "\n" + style.bold("Scaling steps due") + "\n"
            for step in report.scaling { out += DecisionText.wrap("\(step.store) \(step.step) [\(step.rule)]: \(step.text)", indent: 2) }
        }
        if !report.findings.isEmpty {
            out += "\n" + style.bold("Anti-patterns") + "\n"
            for finding in report.findings { out += DecisionText.wrap("\(finding.code) [\(finding.rule)] \(finding.text)", indent: 2) }
        }
        return out
    }
}
