import Foundation
import Strata
import StrataProjections

/// One workload's or store's page of measurements: per metric a chart, the same figures in a
/// table, and each decision's measured gain; the front page lists every measured subject.
enum HTMLMeasurementPage {
    static func render(_ subject: MeasurementTimeline.Subject, live: Bool) -> String {
        let e = HTMLEscaping.escape
        let metrics = Dictionary(grouping: subject.measurements, by: \.metric).sorted { $0.key.rawValue < $1.key.rawValue }
        let sections = metrics.map { metric, points in
            let gains = subject.gains.filter { $0.metric == metric }
            return "<section class=\"metric\" aria-labelledby=\"\(HTMLEscaping.token(metric.rawValue))\">"
                + "<h2 id=\"\(HTMLEscaping.token(metric.rawValue))\">\(e(metric.rawValue))</h2>"
                + "<div class=\"chart-frame\">\(MeasurementChartSVG.render(id: subject.id, metric: metric, points, gains: gains))</div>"
                + gainList(gains) + table(points) + "</section>"
        }
        let kind = subject.kind == .store ? "Store" : "Workload"
        let body = """
            <header><p><a href="../index.html#measurements">← All measurements</a></p>
            <h1>\(e(subject.id)): \(e(subject.name))</h1>
            <p class="moment">\(kind) · \(subject.measurements.count) measurements · \
            \(subject.measurements.filter(\.bottleneck).count) bottlenecks</p></header>
            <main>
            \(sections.isEmpty ? "<p class=\"empty\">Nothing was measured.</p>" : sections.joined(separator: "\n"))
            </main>
            """
        return HTMLPage.render(title: "Measurements of \(subject.id): \(subject.name)", root: "../", script: true, body: body, live: live)
    }

    /// The front page's list: one link per measured subject.
    static func section(_ subjects: [MeasuredSubject]) -> String {
        let e = HTMLEscaping.escape
        var seen = Set<String>()
        let items = subjects.filter { seen.insert($0.id).inserted }.map { subject in
            "<li><a href=\"measurements/\(e(pageName(subject.id)))\">\(e(subject.id)): \(e(subject.name))</a> "
                + "<span class=\"rule\">\(count(subject.measurements, "measurement"))\(subject.bottlenecks > 0 ? ", " + count(subject.bottlenecks, "bottleneck") : "")</span></li>"
        }
        return "<section id=\"measurements\"><h2>Measurements</h2>"
            + (items.isEmpty ? "<p class=\"empty\">Nothing was measured yet.</p>" : "<ul class=\"subjects\">\(items.joined())</ul>") + "</section>"
    }

    /// The file name of each measured subject's page, by short id.
    static func pageNames(_ timeline: MeasurementTimeline) -> [String: String] {
        Dictionary(timeline.subjects.map { ($0.id, pageName($0.id)) }, uniquingKeysWith: { first, _ in first })
    }

    /// "1 bottleneck", "2 bottlenecks".
    private static func count(_ number: Int, _ noun: String) -> String { "\(number) \(noun)\(number == 1 ? "" : "s")" }

    /// `w-1.html` for `W-1`.
    static func pageName(_ id: String) -> String { HTMLEscaping.token(id) + ".html" }

    private static func gainList(_ gains: [MeasurementTimeline.Gain]) -> String {
        guard !gains.isEmpty else { return "" }
        return "<h3>Measured gains</h3><ul class=\"gains\">"
            + gains.map { "<li>\(HTMLEscaping.escape(MeasurementChartSVG.gainText($0)))</li>" }.joined() + "</ul>"
    }

    private static func table(_ points: [MeasurementTimeline.Point]) -> String {
        let e = HTMLEscaping.escape
        let rows = points.map { point in
            "<tr\(point.bottleneck ? " class=\"bottleneck\"" : "")><td>\(e(point.id))</td><td>\(HTMLEscaping.time(point.observedAt))</td>"
                + "<td>\(MeasurementChartSVG.number(point.value)) \(e(point.unit))</td><td>\(point.target.map(MeasurementChartSVG.number) ?? "—")</td>"
                + "<td>\(point.bottleneck ? "bottleneck" : "")\(point.retracted ? (point.bottleneck ? ", " : "") + "retracted" : "")</td></tr>"
        }
        return "<table class=\"figures\"><caption>The figures in the chart</caption><thead><tr><th scope=\"col\">Measurement</th>"
            + "<th scope=\"col\">Observed</th><th scope=\"col\">Value</th><th scope=\"col\">Target</th><th scope=\"col\">Marked</th></tr></thead>"
            + "<tbody>\(rows.joined())</tbody></table>"
    }
}
