import StrataProfile

/// A store as its stream tells it. Which workloads it serves is tracked by ``ArchitectureState``,
/// since moves are recorded on the workloads' streams.
public struct StoreState: AggregateState, Equatable {
    public static let kind = EntityKind.store

    public var ref: EntityRef
    public var adopted: StoreAdopted
    public var topology: StoreTopologyState
    public var isRetired: Bool
    /// When the store was adopted and, once retired, when (valid times): when it was live.
    public var adoptedAt: Timestamp
    public var retiredAt: Timestamp?

    public var name: String { adopted.name }
    public var since: Timestamp { adoptedAt }

    /// Whether the store was in use at `instant`.
    public func isLive(at instant: Timestamp) -> Bool {
        adoptedAt <= instant && retiredAt.map { instant < $0 } ?? true
    }

    public static func event(from recorded: RecordedEvent) throws -> StoreEvent? { try StoreEvent(recorded) }

    public static func evolve(_ state: StoreState?, _ event: StoreEvent, at recorded: RecordedEvent) -> StoreState? {
        switch event {
        case .adopted(let e):
            return StoreState(
                ref: EntityRef(kind: .store, id: e.storeID, number: e.number), adopted: e, topology: StoreTopologyState(),
                isRetired: false, adoptedAt: recorded.effectiveAt, retiredAt: nil)
        case .retired:
            var next = state
            next?.isRetired = true
            next?.retiredAt = recorded.effectiveAt
            return next
        case .topologyChanged(let e):
            guard var next = state else { return nil }
            next.topology = next.topology.applying(e.change)
            return next
        }
    }
}
