/// The architecture as the log tells it now: contexts, workloads, stores, measurements, and which
/// stores serve which workloads. What effects and justifications are checked against.
public struct ArchitectureState: Sendable {
    public var contexts: [String: Loaded<ContextState>] = [:]
    public var workloads: [String: Loaded<WorkloadState>] = [:]
    public var stores: [String: Loaded<StoreState>] = [:]
    public var measurements: [String: Loaded<MeasurementState>] = [:]
    /// Workload UUID → UUIDs of the stores serving it.
    public var serving: [String: Set<String>] = [:]

    public init() {}

    /// Reads every context, workload, store and measurement, and folds the serving relation
    /// from `store.adopted` and `workload.moved` in log order.
    public static func load(from log: SQLiteEventLog) throws -> ArchitectureState {
        let repository = DomainRepository(log: log)
        var state = ArchitectureState()
        state.contexts = try repository.loadAll(ContextState.self)
        state.workloads = try repository.loadAll(WorkloadState.self)
        state.stores = try repository.loadAll(StoreState.self)
        state.measurements = try repository.loadAll(MeasurementState.self)
        var facts = try log.events(EventQuery(eventType: StoreAdopted.eventType))
        facts += try log.events(EventQuery(eventType: WorkloadMoved.eventType))
        for recorded in facts.sorted(by: { $0.position < $1.position }) {
            if let adopted = try StoreAdopted.decode(recorded) {
                for workload in adopted.workloadIDs { state.serving[workload, default: []].insert(adopted.storeID) }
            } else if let moved = try WorkloadMoved.decode(recorded) {
                state.serving[moved.workloadID]?.remove(moved.fromStoreID)
                state.serving[moved.workloadID, default: []].insert(moved.toStoreID)
            }
        }
        return state
    }

    /// Active workloads and stores owned by context `id`.
    public func activeOwned(byContext id: String) -> [EntityRef] {
        let workloads = self.workloads.values.filter { $0.state.contextID == id && !$0.state.isRetired }.map(\.state.ref)
        let stores = self.stores.values.filter { $0.state.adopted.contextID == id && !$0.state.isRetired }.map(\.state.ref)
        return (workloads + stores).sorted { ($0.kind.rawValue, $0.number) < ($1.kind.rawValue, $1.number) }
    }

    /// The active workloads `storeID` serves.
    public func activeWorkloads(servedBy storeID: String) -> [EntityRef] {
        serving.filter { $0.value.contains(storeID) }.keys
            .compactMap { workloads[$0]?.state }.filter { !$0.isRetired }.map(\.ref).sorted { $0.number < $1.number }
    }

    /// The short id of any entity UUID, or the UUID itself when unknown.
    public func shortID(of id: String) -> String {
        contexts[id]?.state.ref.shortID ?? workloads[id]?.state.ref.shortID ?? stores[id]?.state.ref.shortID
            ?? measurements[id]?.state.ref.shortID ?? id
    }
}
