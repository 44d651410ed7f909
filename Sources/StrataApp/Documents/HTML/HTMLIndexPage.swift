import Foundation
import Strata
import StrataAdvisor
import StrataInterop
import StrataProfile
import StrataJSON
import StrataProjections

/// The report's front page: the architecture now, the architecture over time, the decision log
/// with its filters, and the audit. Every piece of record text goes through ``HTMLEscaping``.
enum HTMLIndexPage {
    /// `live` adds the as-of control, which only a server can answer, holding `asOf`.
    /// - Parameters:
    ///   - overTime: served pages: their own "over time" section, in place of the exported
    ///     report's precomputed timeline (see ``LiveFrontPage``).
    ///   - absent: short ids of the log's decisions not in effect at the page's valid time: left
    ///     out of what is drawn and counted, and kept in the log's data for the slider's script.
    ///   - windowed: the served front page: the log's rows drawn by the script from data (see
    ///     ``decisionLog(_:pages:absent:windowed:)``).
    static func render(
        _ data: HTMLReportData, pages: [String: String], live: Bool = false, asOf: String = "", overTime: String? = nil,
        absent: Set<String> = [], windowed: Bool = false
    ) throws -> String {
        let e = HTMLEscaping.escape
        let body = """
            <header><h1>Data architecture decisions</h1>
            <p class="moment">As of \(e(data.moment)) · \(data.log.decisions.count - absent.count) decisions · \
            \(data.architecture.contexts.reduce(0) { $0 + $1.stores.count }) stores</p>
            <nav><a href="#architecture">Architecture</a> <a href="#over-time">Over time</a> \
            <a href="#decisions">Decisions</a> <a href="#measurements">Measurements</a> <a href="#advice">Advice</a> <a href="#audit">Audit</a></nav></header>
            <main>
            \(architectureSection(data.architecture, heading: overTime == nil ? "Architecture now" : "Architecture at this moment"))
            \(try overTime ?? self.overTime(data.timeline, asOf: live ? asOf : nil))
            \(try decisionLog(data.log, pages: pages, absent: absent, windowed: windowed))
            \(HTMLMeasurementPage.section(data.measured))
            \(HTMLAdviceSection.render(data.advice))
            \(HTMLAuditSection.render(data.audit))
            </main>
            """
        return HTMLPage.render(title: "Strata report", root: "", script: true, body: body, live: live)
    }

    /// The drawn architecture under `heading`.
    static func architectureSection(_ report: ArchitectureReport, heading: String) -> String {
        "<section id=\"architecture\"><h2>\(HTMLEscaping.escape(heading))</h2>\n\(ArchitectureSVG.render(report))\n</section>"
    }

    /// The slider and date picker over the precomputed timeline; the script draws the chosen moment.
    ///
    /// Both clocks: the as-of form (served pages only) picks what the log knew, the slider, the
    /// date list and the valid-at date pick the moment in effect; the script writes both into
    /// the address (`?asOf=…&validAt=…`), so a copied URL opens the same view.
    private static func overTime(_ timeline: HTMLReportData.Timeline, asOf: String?) throws -> String {
        let knowledge = asOf.map { asOfForm(asOf: $0, validAt: "") } ?? ""
        guard !timeline.moments.isEmpty else { return emptyOverTime(knowledge) }
        let last = timeline.moments.count - 1
        return """
            <section id="over-time"><h2>Architecture over time</h2>
            <p>The design in effect at each moment a decision took effect, as the log knew it.</p>
            \(knowledge)
            \(sliderControls(labels: timeline.moments.map { label($0.at) }, selected: last, day: timeline.moments[last].day))
            <ul id="when-changes" class="changes"></ul>
            <div id="arch-at" data-rendered=""><svg id="arch-at-svg" class="arch" role="img" width="0" height="0"></svg></div>
            <noscript><p>Turn on JavaScript to step through past dates; the architecture now is drawn above.</p></noscript>
            \(try HTMLEscaping.jsonBlock(id: "snapshots", timeline))
            </section>
            """
    }

    /// The as-of form of a served page: what the log knew (`asOf`), keeping the valid time shown.
    static func asOfForm(asOf: String, validAt: String) -> String {
        let e = HTMLEscaping.escape
        return """
            <form class="controls as-of" id="as-of-form" action="index.html" method="get">
            <label for="as-of">As the log knew it at</label>
            <input id="as-of" name="asOf" value="\(e(asOf))" placeholder="now, 2025-01-31, @40 or ADR-3" aria-describedby="as-of-hint">
            <input type="hidden" id="as-of-valid-at" name="validAt" value="\(e(validAt))">
            <button type="submit">Show</button>
            <span class="hint" id="as-of-hint">empty for now; the slider below moves the valid time</span>
            </form>
            """
    }

    /// The slider over instants labelled `labels`, at `selected`, its date list and the valid-at date `day`.
    static func sliderControls(labels: [String], selected: Int, day: String) -> String {
        let e = HTMLEscaping.escape
        let options = labels.enumerated().map { index, label in
            "<option value=\"\(index)\"\(index == selected ? " selected" : "")>\(e(label))</option>"
        }.joined()
        return """
            <div class="controls"><label for="when">Effective</label>
            <input type="range" id="when" min="0" max="\(labels.count - 1)" value="\(selected)" step="1">
            <select id="when-date" aria-label="Effective date">\(options)</select>
            <label for="valid-at">Valid at</label>
            <input type="date" id="valid-at" value="\(e(day))"></div>
            """
    }

    /// The over-time section when no decision has taken effect yet.
    static func emptyOverTime(_ knowledge: String) -> String {
        "<section id=\"over-time\"><h2>Architecture over time</h2>\(knowledge)<p class=\"empty\">No decision has taken effect yet.</p></section>"
    }

    /// `2025-03-01T09:30:00.000000Z` as `2025-03-01 09:30`.
    static func label(_ instant: String) -> String {
        instant.count >= 16 ? "\(instant.prefix(10)) \(instant.dropFirst(11).prefix(5))" : instant
    }

    /// How many of the log's rows a windowed log draws at first, and adds at each "show more".
    static let window = 100

    /// The decision log with its filters. `absent` decisions (not in effect at the page's valid
    /// time) are left out of what is shown and counted.
    ///
    /// Windowed, the table holds the first ``window`` rows and the script draws the rest from the
    /// log as data (`decision-rows`), a window at a time, filtering the data rather than the rows:
    /// thousands of table rows took the browser most of a second to lay out. Without a script the
    /// first rows stay, with the link to the whole log.
    static func decisionLog(_ log: DecisionLog, pages: [String: String], absent: Set<String> = [], windowed: Bool = false) throws -> String {
        func choices(_ id: String, _ label: String, _ values: [String]) -> String {
            let options = Set(values).sorted().map { "<option value=\"\(HTMLEscaping.escape($0))\">\(HTMLEscaping.escape($0))</option>" }
            return "<label>\(label) <select id=\"\(id)\"><option value=\"\">any</option>\(options.joined())</select></label>"
        }
        let present = log.decisions.filter { !absent.contains($0.id) }
        let drawn = windowed ? Array(present.prefix(window)) : present
        let rows = drawn.map { row($0, page: pages[$0.id]) }.joined(separator: "\n")
        var rest = ""
        if windowed {
            let data = log.decisions.map { entry in
                WindowedRow(entry, page: pages[entry.id], absent: absent.contains(entry.id))
            }
            rest = """
                <p class="more"><button type="button" id="decision-more" hidden>Show more</button> \
                <a href="log">The whole log on one page</a></p>
                \(try HTMLEscaping.jsonBlock(id: "decision-rows", data))
                """
        }
        return """
            <section id="decisions"><h2>Decision log</h2>
            <div class="controls filters">\(choices("filter-status", "Status", log.decisions.map(\.status.rawValue)))
            \(choices("filter-tag", "Tag", log.decisions.flatMap(\.tags)))
            \(choices("filter-technology", "Technology", log.decisions.flatMap(\.technologies)))
            <label>Text <input type="search" id="filter-text" placeholder="title, id, tag…"></label>
            <output id="filter-count">\(drawn.count) of \(present.count)</output></div>
            <table id="decision-table"><thead><tr><th>Id</th><th>Title</th><th>Status</th><th>Since</th><th>Tags</th>\
            <th>Technologies</th></tr></thead>
            <tbody>
            \(rows)
            </tbody></table>
            \(rest)
            </section>
            """
    }

    /// One decision as the windowed log's script reads it: id, title, status, date, tags,
    /// technologies, its page's file name (empty for none), and 1 when not in effect.
    struct WindowedRow: Encodable {
        let entry: DecisionLog.Entry
        let page: String?
        let absent: Bool

        init(_ entry: DecisionLog.Entry, page: String?, absent: Bool) {
            self.entry = entry
            self.page = page
            self.absent = absent
        }

        func encode(to encoder: any Encoder) throws {
            var fields = encoder.unkeyedContainer()
            try fields.encode(entry.id)
            try fields.encode(entry.title)
            try fields.encode(entry.status.rawValue)
            try fields.encode(String(entry.effectiveAt.prefix(10)))
            try fields.encode(entry.tags)
            try fields.encode(entry.technologies)
            try fields.encode(page ?? "")
            try fields.encode(absent ? 1 : 0)
        }
    }

    private static func row(_ entry: DecisionLog.Entry, page: String?) -> String {
        let e = HTMLEscaping.escape
        let id = page.map { "<a href=\"decisions/\(e($0))\">\(e(entry.id))</a>" } ?? e(entry.id)
        let status = entry.status.rawValue
        return "<tr data-id=\"\(e(entry.id))\" data-status=\"\(e(status))\" data-tags=\"\(e(jsonList(entry.tags)))\" "
            + "data-technologies=\"\(e(jsonList(entry.technologies)))\"><td>\(id)</td><td>\(e(entry.title))</td>"
            + "<td><span class=\"status status-\(HTMLEscaping.token(status))\">\(e(status))</span></td>"
            + "<td>\(e(String(entry.effectiveAt.prefix(10))))</td><td>\(e(entry.tags.joined(separator: ", ")))</td>"
            + "<td>\(e(entry.technologies.joined(separator: ", ")))</td></tr>"
    }

    private static func jsonList(_ values: [String]) -> String {
        (try? JSONCodec.text(values, .escapedSlashes)) ?? "[]"
    }
}
