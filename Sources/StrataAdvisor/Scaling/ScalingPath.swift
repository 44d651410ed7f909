/// The order in which progression steps are taken for each kind of bottleneck.
///
/// Reads climb the guide's full progression. Writes climb it too: no step
/// before sharding adds write capacity, so replicas and a cache come first
/// because they take reads off the primary, CQRS after them because it only
/// moves query load, and sharding last (STRATA-SCALE-01). Storage growth is not helped by copies of the data (replicas,
/// caches, read models), so after scaling up the next step is partitioning.
/// Connection exhaustion is a pooling problem, not a scaling one.
public enum ScalingPath {
    /// The steps for `kind`, in order; empty for connection exhaustion.
    public static func steps(for kind: BottleneckKind) -> [ScalingStep] {
        switch kind {
        case .readLatency: [.vertical, .readReplicas, .cache, .cqrs, .sharding]
        case .writeThroughput: [.vertical, .readReplicas, .cache, .cqrs, .sharding]
        case .storageSize: [.vertical, .sharding]
        case .connections: []
        }
    }

    /// The steps that must come before sharding for it not to be premature.
    ///
    /// Without a known driver every step of the guide's progression is required.
    public static func prerequisitesOfSharding(drivenBy kind: BottleneckKind?) -> [ScalingStep] {
        guard let kind, kind != .connections else { return [.vertical, .readReplicas, .cache, .cqrs] }
        return steps(for: kind).filter { $0 != .sharding }
    }

    /// The rule that calls for `step` on the path of `kind`.
    static func rule(for step: ScalingStep, kind: BottleneckKind) -> String {
        switch (kind, step) {
        case (.writeThroughput, .cqrs), (.writeThroughput, .readReplicas), (.writeThroughput, .cache):
            "STRATA-SCALE-01"
        case (.storageSize, .sharding): "STRATA-SCALE-02"
        case (_, .vertical): "SCALE-01"
        case (_, .readReplicas): "SCALE-02"
        case (_, .cache): "SCALE-03"
        case (_, .cqrs): "SCALE-04"
        case (_, .sharding): "SCALE-05"
        }
    }
}
