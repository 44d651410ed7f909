/// Every event a store stream holds.
public enum StoreEvent: Sendable, Equatable {
    case adopted(StoreAdopted)
    case retired(StoreRetired)
    case topologyChanged(StoreTopologyChanged)

    /// The event `recorded` stands for, or nil for another aggregate's type.
    public init?(_ recorded: RecordedEvent) throws {
        if let event = try StoreAdopted.decode(recorded) { self = .adopted(event) }
        else if let event = try StoreRetired.decode(recorded) { self = .retired(event) }
        else if let event = try StoreTopologyChanged.decode(recorded) { self = .topologyChanged(event) }
        else { return nil }
    }

    /// The event ready to append.
    public func newEvent(effectiveAt: Timestamp?) -> NewEvent {
        switch self {
        case .adopted(let event): event.newEvent(effectiveAt: effectiveAt)
        case .retired(let event): event.newEvent(effectiveAt: effectiveAt)
        case .topologyChanged(let event): event.newEvent(effectiveAt: effectiveAt)
        }
    }
}
