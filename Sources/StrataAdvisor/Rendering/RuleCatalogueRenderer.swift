import Foundation
import StrataJSON

/// Renders the rule catalogue for `strata rules` and `strata rules ID`.
public enum RuleCatalogueRenderer {
    /// One line per rule: id, section number and summary, wrapped to `width`.
    public static func table(_ rules: [Rule] = RuleCatalogue.all, width: Int = 100) -> String {
        let idWidth = (rules.map(\.id.count).max() ?? 8) + 2
        let sectionWidth = 8
        var lines = [TextWrapper.column("ID", idWidth) + TextWrapper.column("SECTION", sectionWidth) + "SUMMARY"]
        for rule in rules {
            let prefix = TextWrapper.column(rule.id, idWidth) + TextWrapper.column(rule.section.number, sectionWidth)
            lines += TextWrapper.wrap(rule.summary, width: max(width, prefix.count + 20), firstPrefix: prefix)
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// The full explanation of one rule.
    public static func detail(_ rule: Rule, width: Int = 80) -> String {
        var lines = ["\(rule.id) — \(rule.section.rawValue)", ""]
        lines += TextWrapper.wrap(rule.summary, width: width)
        lines.append("")
        lines += TextWrapper.wrap(rule.explanation, width: width)
        lines.append("")
        lines.append("Evaluated: \(scopeDescription(rule.scope))")
        return lines.joined(separator: "\n") + "\n"
    }

    /// The rules as a JSON object `{"rules": [{id, section, sectionTitle,
    /// summary, explanation, scope}]}`, keys sorted.
    public static func json(_ rules: [Rule] = RuleCatalogue.all, pretty: Bool = true) -> String {
        let entries = rules.map { RuleEntry(rule: $0) }
        guard let data = try? JSONCodec.encode(["rules": entries], pretty ? .pretty : .compact) else { return "{}" }
        return String(decoding: data, as: UTF8.self)
    }

    private static func scopeDescription(_ scope: RuleScope) -> String {
        switch scope {
        case .profile: "for each workload profile (strata advise)"
        case .review: "against recorded decisions and evidence (strata audit)"
        case .engine: "built into the ranking itself"
        }
    }

    private struct RuleEntry: Encodable {
        let id: String
        let section: String
        let sectionTitle: String
        let summary: String
        let explanation: String
        let scope: RuleScope

        init(rule: Rule) {
            id = rule.id
            section = rule.section.number
            sectionTitle = rule.section.title
            summary = rule.summary
            explanation = rule.explanation
            scope = rule.scope
        }
    }
}
