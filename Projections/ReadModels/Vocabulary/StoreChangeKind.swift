/// What happened to a store: how it came to look the way it does.
public enum StoreChangeKind: String, CaseIterable, Codable, Sendable {
    case adopted
    case topology
    case retired
    case workloadMovedIn = "workload-moved-in"
    case workloadMovedOut = "workload-moved-out"

    /// Whether the change re-shaped the store itself rather than which workloads it serves.
    public var shapesStore: Bool { self != .workloadMovedIn && self != .workloadMovedOut }
}
