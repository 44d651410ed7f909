import Foundation

/// How one metric moved between its first and its latest figure, so the
/// advice can cite what a step already taken achieved (STRATA-SCALE-03).
public struct MeasurementTrend: Sendable, Equatable, Codable {
    /// The metric's name, e.g. `latency-p99-ms`.
    public var metric: String
    /// The unit it is measured in, e.g. `ms`; empty when none.
    public var unit: String
    /// The earliest standing figure.
    public var first: Double
    /// The latest standing figure.
    public var latest: Double
    /// The target both are judged against, when one is set.
    public var target: Double?

    /// Creates a trend.
    public init(metric: String, unit: String, first: Double, latest: Double, target: Double?) {
        self.metric = metric
        self.unit = unit
        self.first = first
        self.latest = latest
        self.target = target
    }

    /// "latency-p99-ms went from 340 to 95 ms (target 120)".
    public var summary: String {
        let unit = unit.isEmpty ? "" : " \(unit)"
        let target = target.map { " (target \(MeasuredBottleneck.format($0)))" } ?? ""
        return "\(metric) went from \(MeasuredBottleneck.format(first)) to \(MeasuredBottleneck.format(latest))\(unit)\(target)"
    }
}
