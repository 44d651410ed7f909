import Foundation
import Strata
import StrataAdvisor

extension MeasurementRow {
    /// What the measured figure limits, in the advisor's terms: which scaling path it calls for.
    public var bottleneckKind: BottleneckKind {
        switch Metric(rawValue: metric) {
        case .writesPerSecond, .consumerLagMessages, .queueDepth: .writeThroughput
        case .storageGB, .vectorCount: .storageSize
        case .connections: .connections
        default: .readLatency
        }
    }

    /// The measurement as the advisor's evidence, breached exactly when it misses its target.
    public var measuredBottleneck: MeasuredBottleneck {
        // Without a target the figure can show no breach: it is judged against itself.
        MeasuredBottleneck(
            kind: bottleneckKind, metric: metric, value: value, target: target ?? value, observedAt: observedAt.date,
            higherIsWorse: Metric(rawValue: metric)?.direction != .lowerIsWorse)
    }
}
