/// Every event a measurement stream holds.
public enum MeasurementEvent: Sendable, Equatable, AggregateEvent {
    case recorded(MeasurementRecorded)
    case retracted(MeasurementRetracted)

    /// The event `recorded` stands for, or nil for another aggregate's type.
    public init?(_ recorded: RecordedEvent) throws {
        if let event = try MeasurementRecorded.decode(recorded) { self = .recorded(event) }
        else if let event = try MeasurementRetracted.decode(recorded) { self = .retracted(event) }
        else { return nil }
    }

    /// The event ready to append.
    public func newEvent(effectiveAt: Timestamp?) -> NewEvent {
        switch self {
        case .recorded(let event): event.newEvent(effectiveAt: effectiveAt)
        case .retracted(let event): event.newEvent(effectiveAt: effectiveAt)
        }
    }
}
