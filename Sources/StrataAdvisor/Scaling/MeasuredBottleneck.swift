import Foundation

/// A bottleneck observed on a running system, with the figure that shows it.
///
/// The guide accepts another database, or a scaling step, only for a
/// measured, not speculated, need. This is that measurement: what was
/// measured, the value seen, the target it is judged against and when.
public struct MeasuredBottleneck: Sendable, Equatable, Codable {
    /// What the bottleneck limits.
    public var kind: BottleneckKind
    /// The metric's name as the team tracks it, e.g. `orders.p99_read_ms`.
    public var metric: String
    /// The observed value (a latency, a rate, a size or a connection count).
    public var value: Double
    /// The value the system must meet.
    public var target: Double
    /// When the value was observed.
    public var observedAt: Date
    /// The metric's own direction when it differs from the kind's (a read rate that falls
    /// short is a read problem, yet lower is worse); nil follows ``BottleneckKind/higherIsWorse``.
    public var higherIsWorse: Bool?

    /// Creates a measurement.
    public init(
        kind: BottleneckKind, metric: String, value: Double, target: Double, observedAt: Date, higherIsWorse: Bool? = nil
    ) {
        self.higherIsWorse = higherIsWorse
        self.kind = kind
        self.metric = metric
        self.value = value
        self.target = target
        self.observedAt = observedAt
    }

    /// Whether the observed value misses its target, i.e. the bottleneck is real.
    public var isBreached: Bool {
        (higherIsWorse ?? kind.higherIsWorse) ? value > target : value < target
    }

    /// A short phrase for messages: "orders.p99_read_ms 340 against a target of 50".
    public var summary: String {
        "\(metric) \(Self.format(value)) against a target of \(Self.format(target))"
    }

    static func format(_ number: Double) -> String {
        number == number.rounded() && abs(number) < 1e15 ? String(Int(number)) : String(number)
    }
}
