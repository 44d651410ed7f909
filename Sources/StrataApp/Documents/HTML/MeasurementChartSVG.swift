import Foundation
import Strata
import StrataProjections

/// One metric of a workload or store over time as inline SVG: a line through its figures,
/// bottlenecks drawn as a larger ringed mark, retracted figures hollow, the target dashed, and
/// a vertical rule where each decision that changed the subject's stores took effect, labelled
/// with the gain it measurably brought.
///
/// Served under a policy without inline style or script, so every look comes from classes in
/// `strata.css` and nothing moves. A `<title>` and `<desc>` say what the chart shows, and the
/// page puts the same figures in a table beside it for anyone who cannot see it.
enum MeasurementChartSVG {
    static let width = 640, height = 220, left = 56, right = 16, top = 16, bottom = 36

    /// The chart of `points` (one metric's, oldest first), with the rules of `gains` for that metric.
    static func render(id: String, metric: Metric, _ points: [MeasurementTimeline.Point], gains: [MeasurementTimeline.Gain]) -> String {
        let e = HTMLEscaping.escape
        let times = points.map { seconds($0.observedAt) } + gains.map { seconds($0.effectiveAt) }
        let values = points.map(\.value) + points.compactMap(\.target)
        guard let first = times.min(), let last = times.max(), let low = values.min(), let high = values.max() else { return "" }
        let span = max(last - first, 1), floor = min(0, low), ceiling = high == floor ? floor + 1 : high * 1.1
        func x(_ time: Double) -> Double { Double(left) + (time - first) / span * Double(width - left - right) }
        func y(_ value: Double) -> Double {
            Double(height - bottom) - (value - floor) / (ceiling - floor) * Double(height - top - bottom)
        }
        var body = axes(floor: floor, ceiling: ceiling, unit: metric.unit, from: first, to: last, y: y)
        if let target = points.compactMap(\.target).last {
            body += "<line class=\"target\" x1=\"\(left)\" x2=\"\(width - right)\" y1=\(q(y(target))) y2=\(q(y(target)))/>"
                + "<text class=\"target-label\" x=\"\(width - right - 4)\" y=\(q(y(target) - 4)) text-anchor=\"end\">target \(number(target))</text>"
        }
        for gain in gains {
            let at = x(seconds(gain.effectiveAt))
            body += "<g class=\"gain\"><title>\(e(gainText(gain)))</title>"
                + "<line x1=\(q(at)) x2=\(q(at)) y1=\"\(top)\" y2=\"\(height - bottom)\"/>"
                + "<text x=\(q(at + 4)) y=\"\(top + 12)\">\(e(gainLabel(gain)))</text></g>"
        }
        let kept = points.filter { !$0.retracted }
        if kept.count > 1 {
            body += "<polyline class=\"series\" points=\"\(kept.map { "\(r(x(seconds($0.observedAt)))),\(r(y($0.value)))" }.joined(separator: " "))\"/>"
        }
        for point in points {
            let classes = ["point", point.bottleneck ? "bottleneck" : nil, point.retracted ? "retracted" : nil].compactMap { $0 }
            body += "<circle class=\"\(classes.joined(separator: " "))\" cx=\(q(x(seconds(point.observedAt)))) cy=\(q(y(point.value))) "
                + "r=\"\(point.bottleneck ? 6 : 4)\"><title>\(e(pointText(point)))</title></circle>"
        }
        let title = "\(metric.rawValue) over time"
        let description = "\(points.count) measurements from \(points.first?.observedAt.prefix(10) ?? "") to \(points.last?.observedAt.prefix(10) ?? ""); "
            + "\(points.filter(\.bottleneck).count) marked as bottlenecks; \(gains.count) decisions took effect in between."
        let token = HTMLEscaping.token(id + "-" + metric.rawValue)
        return "<svg class=\"chart\" role=\"img\" width=\"\(width)\" height=\"\(height)\" viewBox=\"0 0 \(width) \(height)\" "
            + "aria-labelledby=\"\(token)-title \(token)-desc\"><title id=\"\(token)-title\">\(e(title))</title>"
            + "<desc id=\"\(token)-desc\">\(e(description))</desc>\(body)</svg>"
    }

    /// The two axes, with the value range and the first and last day as their only labels.
    private static func axes(floor: Double, ceiling: Double, unit: String, from: Double, to: Double, y: (Double) -> Double) -> String {
        let base = height - bottom
        return "<g class=\"axis\" aria-hidden=\"true\"><line x1=\"\(left)\" x2=\"\(width - right)\" y1=\"\(base)\" y2=\"\(base)\"/>"
            + "<line x1=\"\(left)\" x2=\"\(left)\" y1=\"\(top)\" y2=\"\(base)\"/>"
            + "<text x=\"\(left - 6)\" y=\(q(y(floor))) text-anchor=\"end\">\(number(floor))</text>"
            + "<text x=\"\(left - 6)\" y=\(q(y(ceiling) + 10)) text-anchor=\"end\">\(number(ceiling))</text>"
            + "<text x=\"\(left - 6)\" y=\(q(y((floor + ceiling) / 2))) text-anchor=\"end\">\(HTMLEscaping.escape(unit))</text>"
            + "<text x=\"\(left)\" y=\"\(base + 16)\">\(day(from))</text>"
            + "<text x=\"\(width - right)\" y=\"\(base + 16)\" text-anchor=\"end\">\(day(to))</text></g>"
    }

    static func pointText(_ point: MeasurementTimeline.Point) -> String {
        "\(point.id): \(number(point.value)) \(point.unit) observed \(point.observedAt.prefix(16).replacingOccurrences(of: "T", with: " ")) UTC"
            + (point.bottleneck ? ", bottleneck" : "") + (point.retracted ? ", retracted" : "")
    }

    static func gainText(_ gain: MeasurementTimeline.Gain) -> String {
        "\(gain.decision) took effect \(gain.effectiveAt.prefix(10)): \(number(gain.before)) → \(number(gain.after))"
            + (gain.improvementPercent.map { ", \(gainLabel(percent: $0))" } ?? "")
    }

    private static func gainLabel(_ gain: MeasurementTimeline.Gain) -> String {
        gain.decision + (gain.improvementPercent.map { " " + gainLabel(percent: $0) } ?? "")
    }

    private static func gainLabel(percent: Double) -> String {
        percent >= 0 ? "\(number(percent))% better" : "\(number(-percent))% worse"
    }

    /// A figure without a needless `.0`, to at most two decimals.
    static func number(_ value: Double) -> String {
        let rounded = (value * 100).rounded() / 100
        return rounded == rounded.rounded() && abs(rounded) < 1e15 ? String(Int64(rounded)) : String(rounded)
    }

    private static func seconds(_ iso8601: String) -> Double {
        Timestamp(parsing: iso8601).map { Double($0.microseconds) / 1_000_000 } ?? 0
    }

    private static func day(_ seconds: Double) -> String {
        Timestamp(microseconds: Int64(seconds * 1_000_000)).day
    }

    private static func r(_ value: Double) -> String { String(format: "%.1f", value) }
    private static func q(_ value: Double) -> String { "\"" + r(value) + "\"" }
}
