/// Every event a workload stream holds.
public enum WorkloadEvent: Sendable, Equatable, AggregateEvent {
    case added(WorkloadAdded)
    case revised(WorkloadRevised)
    case retired(WorkloadRetired)
    case moved(WorkloadMoved)

    /// The event `recorded` stands for, or nil for another aggregate's type.
    public init?(_ recorded: RecordedEvent) throws {
        if let event = try WorkloadAdded.decode(recorded) { self = .added(event) }
        else if let event = try WorkloadRevised.decode(recorded) { self = .revised(event) }
        else if let event = try WorkloadRetired.decode(recorded) { self = .retired(event) }
        else if let event = try WorkloadMoved.decode(recorded) { self = .moved(event) }
        else { return nil }
    }

    /// The event ready to append.
    public func newEvent(effectiveAt: Timestamp?) -> NewEvent {
        switch self {
        case .added(let event): event.newEvent(effectiveAt: effectiveAt)
        case .revised(let event): event.newEvent(effectiveAt: effectiveAt)
        case .retired(let event): event.newEvent(effectiveAt: effectiveAt)
        case .moved(let event): event.newEvent(effectiveAt: effectiveAt)
        }
    }
}
