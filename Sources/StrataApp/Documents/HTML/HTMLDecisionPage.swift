import Foundation
import Strata
import StrataAdvisor
import StrataInterop
import StrataProfile
import StrataProjections

/// One decision's page: its record, links both ways, status timeline, supersession chain and the
/// store changes it caused. The record's prose (context, drivers, options, rationale,
/// consequences) is Markdown rendered through ``SafeMarkdown``; every other text is escaped.
enum HTMLDecisionPage {
    /// - Parameter review: served pages only: the proposal's review standing and form, as markup.
    static func render(_ record: DecisionRecord, pages: [String: String], review: String? = nil) -> String {
        let e = HTMLEscaping.escape
        let entry = record.entry, content = record.content
        let facts: [(String, String)] = [
            ("Status", "<span class=\"status status-\(HTMLEscaping.token(entry.status.rawValue))\">\(e(entry.status.rawValue))</span> since \(HTMLEscaping.time(entry.effectiveAt))"),
            ("Proposed", "\(HTMLEscaping.time(entry.proposedAt)) by \(e(record.proposedBy))"),
            ("Context", e(entry.context ?? "—")),
            ("Deciders", e(entry.deciders.joined(separator: ", "))),
            ("Consulted", e(content.consulted.joined(separator: ", "))),
            ("Informed", e(content.informed.joined(separator: ", "))),
            ("Tags", e(entry.tags.joined(separator: ", "))),
            ("Technologies", e(entry.technologies.joined(separator: ", "))),
        ].filter { !$0.1.isEmpty }
        let body = """
            <header><p><a href="../index.html#decisions">← All decisions</a></p>
            <h1>\(e(entry.id)): \(e(entry.title))</h1></header>
            <main>
            <dl class="facts">\(facts.map { "<dt>\($0.0)</dt><dd>\($0.1)</dd>" }.joined())</dl>
            \(links(entry.links, pages: pages))
            \(prose("Context and problem", content.problem))
            \(content.drivers.isEmpty ? "" : "<h2>Decision drivers</h2>" + markdownList(content.drivers, class: "drivers"))
            \(options(content))
            \(prose("Rationale", content.rationale))
            \(consequences(content.consequences))
            \(review ?? "")
            \(timeline(record.timeline))
            \(chain(record.supersessionChain, current: entry.id, pages: pages))
            \(record.effects.isEmpty ? "" : "<h2>Store changes</h2>" + HTMLAuditSection.list(record.effects, class: "effects"))
            </main>
            """
        return HTMLPage.render(title: "\(entry.id): \(entry.title)", root: "../", script: true, body: body, live: review != nil)
    }

    private static func prose(_ heading: String, _ text: String) -> String {
        text.isEmpty ? "" : "<h2>\(heading)</h2><div class=\"markdown\">\(SafeMarkdown.html(text))</div>"
    }

    /// One list item per line of Markdown, each `prefix` first (escaped).
    private static func markdownList(_ items: [String], prefix: String = "", class name: String) -> String {
        items.isEmpty ? "" : "<ul class=\"\(name) markdown\">" + items.map { "<li>\(prefix)\(SafeMarkdown.inline($0))</li>" }.joined() + "</ul>"
    }

    private static func reference(_ id: String, pages: [String: String]) -> String {
        pages[id].map { "<a href=\"\(HTMLEscaping.escape($0))\">\(HTMLEscaping.escape(id))</a>" } ?? HTMLEscaping.escape(id)
    }

    private static func links(_ links: [DecisionLog.Link], pages: [String: String]) -> String {
        guard !links.isEmpty else { return "" }
        let items = links.map { "<li>\(HTMLEscaping.escape($0.type.rawValue)) \(reference($0.target, pages: pages))</li>" }
        return "<h2>Links</h2><ul class=\"links\">\(items.joined())</ul>"
    }

    private static func options(_ content: DecisionContent) -> String {
        guard !content.options.isEmpty else {
            return content.chosenOption.map { "<h2>Chosen option</h2><div class=\"markdown\">\(SafeMarkdown.html($0))</div>" } ?? ""
        }
        let e = HTMLEscaping.escape
        let items = content.options.map { option in
            let chosen = option.name.lowercased() == content.chosenOption?.lowercased()
            return "<li class=\"option\(chosen ? " chosen" : "")\"><strong>\(e(option.name))</strong>\(chosen ? " (chosen)" : "")"
                + (option.description.map { "<div class=\"markdown\">\(SafeMarkdown.html($0))</div>" } ?? "")
                + markdownList(option.pros, prefix: "Good: ", class: "pros")
                + markdownList(option.cons, prefix: "Bad: ", class: "cons") + "</li>"
        }
        return "<h2>Options</h2><ul class=\"options\">\(items.joined())</ul>"
    }

    private static func consequences(_ consequences: Consequences) -> String {
        guard !consequences.good.isEmpty || !consequences.bad.isEmpty else { return "" }
        let items = consequences.good.map { "<li>Good: \(SafeMarkdown.inline($0))</li>" } + consequences.bad.map { "<li>Bad: \(SafeMarkdown.inline($0))</li>" }
        return "<h2>Consequences</h2><ul class=\"consequences markdown\">\(items.joined())</ul>"
    }

    private static func timeline(_ steps: [DecisionRecord.Step]) -> String {
        let e = HTMLEscaping.escape
        let rows = steps.map { step in
            "<tr><td>\(e(step.change.rawValue))</td><td>\(e(step.status.rawValue))</td><td>\(e(step.by))</td><td>\(HTMLEscaping.time(step.effectiveAt))</td>"
                + "<td>\(HTMLEscaping.time(step.recordedAt))</td><td class=\"prose\">\(e(step.reason))</td></tr>"
        }
        return "<h2>Status timeline</h2><table class=\"timeline\"><thead><tr><th>Change</th><th>Status</th><th>By</th>"
            + "<th>Effective</th><th>Recorded</th><th>Reason</th></tr></thead><tbody>\(rows.joined())</tbody></table>"
    }

    private static func chain(_ chain: [String], current: String, pages: [String: String]) -> String {
        guard !chain.isEmpty else { return "" }
        let items = chain.map { $0 == current ? "<strong>\(HTMLEscaping.escape($0))</strong>" : reference($0, pages: pages) }
        return "<h2>Supersession chain</h2><p class=\"chain\">\(items.joined(separator: " → "))</p>"
    }
}
