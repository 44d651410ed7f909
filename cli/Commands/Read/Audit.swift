import ArgumentParser
import Foundation
import StrataProjections

extension StrataCommand {
    struct Audit: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "audit",
            abstract: "Judge every store: baseline, justified, speculative, unjustified or stale, with its evidence chain.",
            discussion: """
                Each bounded context's first store is its baseline; every other store needs a measured \
                bottleneck observed before its decision took effect, or a workload whose access pattern \
                or capability the context's other stores lack. Findings name the rule that raised them.

                Exit status: 0 when no store is unjustified, speculative or stale; 1 otherwise (use it \
                to gate CI); 2 on a usage or store error.

                Examples:
                  strata audit
                  strata audit --as-of 2025-06-30 --json
                """)

        @OptionGroup var options: ReadOptions

        func run() throws {
            let (side, moment) = try options.open()
            let report = try side.query(moment) { try AuditReport.build($0) }
            if options.json { try JSONOutput.print(report) } else { print(AuditText.render(report, style: .current), terminator: "") }
            if report.fails { throw ExitCode(ExitStatus.refused) }
        }
    }
}

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
                out += "      " + Text.truncate(line, to: 74) + "\n"
            }
            for note in store.notes { out += "      " + style.yellow("! ") + DecisionText.wrap(note, indent: 0).trimmingCharacters(in: .newlines) + "\n" }
        }
        if !report.findings.isEmpty {
            out += "\n" + style.bold("Findings") + "\n"
            for finding in report.findings {
                out += DecisionText.wrap("\(finding.code) [\(finding.rule)] \(finding.text)", indent: 2)
            }
        }
        let failing = report.stores.filter { ["unjustified", "speculative", "stale"].contains($0.verdict) }.count
        out += "\n" + (failing == 0 ? style.green("Every store is justified.") : style.red("\(failing) store\(failing == 1 ? " fails" : "s fail") the audit.")) + "\n"
        return out
    }
}
