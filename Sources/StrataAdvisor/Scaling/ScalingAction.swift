/// Something to do about a measured bottleneck: a progression step, or
/// connection pooling, which fixes connection exhaustion without scaling.
public enum ScalingAction: String, CaseIterable, Codable, Sendable, Comparable {
    case connectionPooling = "connection-pooling"
    case vertical
    case readReplicas = "read-replicas"
    case cache
    case cqrs
    case sharding

    /// The action for a progression step.
    public init(_ step: ScalingStep) {
        switch step {
        case .vertical: self = .vertical
        case .readReplicas: self = .readReplicas
        case .cache: self = .cache
        case .cqrs: self = .cqrs
        case .sharding: self = .sharding
        }
    }

    /// The progression step this action is, or `nil` for pooling.
    public var step: ScalingStep? {
        ScalingStep(rawValue: rawValue)
    }

    /// Pooling first, then the progression order.
    public static func < (lhs: ScalingAction, rhs: ScalingAction) -> Bool {
        (allCases.firstIndex(of: lhs) ?? 0) < (allCases.firstIndex(of: rhs) ?? 0)
    }
}
