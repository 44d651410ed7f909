import Foundation
import Strata
import StrataAdvisor
import StrataInterop
import StrataProfile
import StrataProjections

/// The audit on the report's front page: one verdict per store with its evidence, then findings.
enum HTMLAuditSection {
    static func render(_ audit: AuditReport) -> String {
        let e = HTMLEscaping.escape
        let rows = audit.stores.map { store in
            "<tr><td>\(e(store.store))</td><td>\(e(store.name))</td><td>\(e(store.technology))</td><td>\(e(store.context))</td>"
                + "<td><span class=\"verdict verdict-\(HTMLEscaping.token(store.verdict.rawValue))\">\(e(store.verdict.rawValue))</span></td>"
                + "<td>\(evidence(store.evidence))\(list(store.notes, class: "notes"))</td></tr>"
        }.joined(separator: "\n")
        let findings = audit.findings.map { finding in
            "<li><code>\(e(finding.code.rawValue))</code> \(finding.store.map { "<strong>\(e($0))</strong> " } ?? "")\(e(finding.text)) "
                + "<span class=\"rule\">(\(e(finding.rule)))</span></li>"
        }.joined()
        return """
            <section id="audit"><h2>Audit</h2>
            <p>Every store's justification, judged per bounded context; \(audit.fails ? "<strong>the audit fails</strong>" : "the audit passes").</p>
            <table><thead><tr><th>Store</th><th>Name</th><th>Technology</th><th>Context</th><th>Verdict</th><th>Evidence</th></tr></thead>
            <tbody>
            \(rows)
            </tbody></table>
            <h3>Findings</h3>
            \(findings.isEmpty ? "<p class=\"empty\">No findings.</p>" : "<ul class=\"findings\">\(findings)</ul>")
            </section>
            """
    }

    private static func evidence(_ items: [AuditEvidence]) -> String {
        let e = HTMLEscaping.escape
        guard !items.isEmpty else { return "<p class=\"empty\">No evidence.</p>" }
        let lines = items.map { item in
            var cited = [item.measurement, item.workload].compactMap { $0 }.joined(separator: ", ")
            if let observed = item.observedAt { cited += " observed \(observed.prefix(10))" }
            return "<li class=\"\(item.holds ? "holds" : "lapsed")\"><strong>\(e(item.kind))</strong> via \(e(item.decision)): "
                + "\(e(item.text))\(cited.isEmpty ? "" : " <span class=\"cited\">[\(e(cited))]</span>")"
                + "\(item.why.map { " <em>no longer holds: \(e($0))</em>" } ?? "")</li>"
        }
        return "<ul class=\"evidence\">\(lines.joined())</ul>"
    }

    static func list(_ items: [String], class name: String) -> String {
        items.isEmpty ? "" : "<ul class=\"\(name)\">" + items.map { "<li>\(HTMLEscaping.escape($0))</li>" }.joined() + "</ul>"
    }
}
