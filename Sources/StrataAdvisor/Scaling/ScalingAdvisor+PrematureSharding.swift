import StrataProfile

extension ScalingAdvisor {
    /// `premature-sharding` when sharding appears in `history` before every
    /// prerequisite step was taken (AVOID-02), or `nil`.
    ///
    /// The prerequisites depend on what drove the sharding (see
    /// ``ScalingPath/prerequisitesOfSharding(drivenBy:)``); when the driver is
    /// unknown, scaling up, replicas, a cache and CQRS must all come first.
    /// Stores that partition by design are never flagged.
    ///
    /// - Parameters:
    ///   - history: Scaling steps in the order they were taken.
    ///   - drivenBy: The bottleneck that led to sharding, if recorded.
    ///   - store: The store's name, for the finding.
    ///   - technology: The store's technology, when known.
    public static func prematureSharding(
        history: [ScalingStep], drivenBy: BottleneckKind? = nil, store: String? = nil,
        technology: Technology? = nil
    ) -> Finding? {
        guard let shardedAt = history.firstIndex(of: .sharding) else { return nil }
        if let technology, partitionsNatively.contains(technology) { return nil }
        let before = Set(history[..<shardedAt])
        let missing = ScalingPath.prerequisitesOfSharding(drivenBy: drivenBy).filter { !before.contains($0) }
        guard !missing.isEmpty else { return nil }
        let subject = store.map { "\($0) was" } ?? "The store was"
        return Finding(
            code: .prematureSharding, rule: "AVOID-02",
            text: "\(subject) sharded before \(missing.map(\.rawValue).joined(separator: ", ")) were tried; sharding adds lasting complexity, so record why those steps could not help or take them first.",
            store: store)
    }

    /// The same check for a topology without ordering: sharded while a
    /// prerequisite is not in place.
    public static func prematureSharding(
        topology: StoreTopology, drivenBy: BottleneckKind? = nil, store: String? = nil
    ) -> Finding? {
        prematureSharding(history: topology.stepsTaken, drivenBy: drivenBy, store: store)
    }
}
