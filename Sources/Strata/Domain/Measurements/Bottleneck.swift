import StrataProfile

/// A measurement that misses a target: the evidence a "measured bottleneck" justification cites.
public struct Bottleneck: Sendable, Equatable, CustomStringConvertible {
    /// Where the missed target came from.
    public enum TargetSource: Sendable, Equatable {
        /// The measurement's own `--target`.
        case own
        /// The workload profile's field (e.g. `latencyP99Ms`).
        case workloadProfile(field: String)
    }

    public var metric: Metric
    public var value: Double
    public var target: Double
    public var targetSource: TargetSource

    /// "latency-p99-ms 180 ms misses target 50 ms (workload latencyP99Ms)".
    public var description: String {
        let source = switch targetSource {
        case .own: "own target"
        case .workloadProfile(let field): "workload \(field)"
        }
        let relation = metric.direction == .higherIsWorse ? "above" : "below"
        return "\(metric.rawValue) \(Self.format(value)) \(metric.unit) is \(relation) target \(Self.format(target)) \(metric.unit) (\(source))"
    }

    /// Whether `value` misses `target` in `metric`'s direction (meeting it exactly is no miss).
    public static func misses(_ metric: Metric, value: Double, target: Double) -> Bool {
        switch metric.direction {
        case .higherIsWorse: value > target
        case .lowerIsWorse: value < target
        }
    }

    /// The bottleneck `value` shows, checking its own target first, then the workload's.
    public static func assess(
        metric: Metric, value: Double, ownTarget: Double?, workload: WorkloadProfile?
    ) -> Bottleneck? {
        if let ownTarget, misses(metric, value: value, target: ownTarget) {
            return Bottleneck(metric: metric, value: value, target: ownTarget, targetSource: .own)
        }
        guard let workload, let field = metric.profileTargetField, let target = profileTarget(metric, workload),
              misses(metric, value: value, target: target) else { return nil }
        return Bottleneck(metric: metric, value: value, target: target, targetSource: .workloadProfile(field: field))
    }

    /// The target `profile` sets for `metric`, when its profile has such a field.
    public static func profileTarget(_ metric: Metric, _ profile: WorkloadProfile) -> Double? {
        switch metric {
        case .latencyP99Ms: profile.latencyP99Ms
        case .readsPerSecond: profile.readsPerSecond
        case .writesPerSecond: profile.writesPerSecond
        default: nil
        }
    }

    /// A figure as people write it: `340`, not `340.0`; fractions as they are.
    public static func format(_ value: Double) -> String {
        value == value.rounded() && abs(value) < 1e15 ? String(Int64(value)) : String(value)
    }
}
