import Foundation
import StrataAdvisor

/// The advice on the report's front page: per workload, the top choices and the design of the
/// first (schema sketch, migration plan, operations checklist, sizing), every line with its rule.
/// All text is escaped; the layout uses the stylesheet's classes only, so the page's
/// Content-Security-Policy needs nothing inline.
enum HTMLAdviceSection {
    static func render(_ data: HTMLAdviceData) -> String {
        let body = data.entries.isEmpty
            ? "<p class=\"empty\">No active workload has a profile to advise on.</p>"
            : data.entries.map(entry).joined(separator: "\n")
        return """
            <section id="advice"><h2>Advice</h2>
            <p>What the advisor recommends for each active workload's profile, given the stores and measurements recorded; \
            every line names its rule (<code>strata rules ID</code> explains it).</p>
            \(body)
            </section>
            """
    }

    private static func entry(_ entry: HTMLAdviceData.Entry) -> String {
        let e = HTMLEscaping.escape
        let advice = entry.advice
        let choices = advice.recommendations.prefix(3).map { choice in
            "<li><strong>\(e(choice.technology.displayName))</strong> <span class=\"rule\">(\(e(choice.category.rawValue)), score \(score(choice.score)))</span></li>"
        }.joined()
        let served = entry.servedBy.isEmpty ? "not served by any store" : "served by " + entry.servedBy.joined(separator: ", ")
        let warnings = advice.warnings.map { RuleNote(rule: $0.rule, text: "\($0.code.rawValue): \($0.text)") }
        return """
            <article class="advice" id="advice-\(HTMLEscaping.token(entry.workload))">
            <h3>\(e(entry.workload)) \(e(entry.name)) <span class="rule">(\(e(entry.context)), \(e(served)))</span></h3>
            \(choices.isEmpty ? "<p class=\"empty\">Nothing to recommend for this profile.</p>" : "<ol class=\"choices\">\(choices)</ol>")
            \(notes("Warnings", warnings))
            \(advice.design.map(design) ?? "")
            </article>
            """
    }

    private static func design(_ design: Design) -> String {
        "<div class=\"design\">" + notes("Schema sketch", design.schema) + notes("Migration plan", design.migration)
            + notes("Operations checklist", design.operations) + notes("Sizing", design.sizing) + "</div>"
    }

    /// A titled list of sentences, each followed by its rule; nothing when the list is empty.
    private static func notes(_ title: String, _ items: [RuleNote]) -> String {
        let e = HTMLEscaping.escape
        guard !items.isEmpty else { return "" }
        let lines = items.map { "<li>\(e($0.text)) <span class=\"rule\">[\(e($0.rule))]</span></li>" }.joined()
        return "<h4>\(e(title))</h4><ul class=\"notes\">\(lines)</ul>"
    }

    private static func score(_ value: Double) -> String {
        String(format: "%.2f", value)
    }
}
