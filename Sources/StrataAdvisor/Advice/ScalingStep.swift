/// One step of the scaling progression, in the order the steps are taken.
///
/// Scale up first, then add read replicas, then a cache, then CQRS read
/// models, and shard only when all of those are exhausted. `Comparable`
/// follows that order.
public enum ScalingStep: String, CaseIterable, Codable, Sendable, Comparable {
    case vertical
    case readReplicas = "read-replicas"
    case cache
    case cqrs
    case sharding

    /// Position in the progression, from 1 (vertical) to 5 (sharding).
    public var ordinal: Int {
        (Self.allCases.firstIndex(of: self) ?? 0) + 1
    }

    /// Orders steps by their place in the progression.
    public static func < (lhs: ScalingStep, rhs: ScalingStep) -> Bool {
        lhs.ordinal < rhs.ordinal
    }
}
