/// Every event a context stream holds.
public enum ContextEvent: Sendable, Equatable, AggregateEvent {
    case defined(ContextDefined)
    case described(ContextDescribed)
    case retired(ContextRetired)
    case reviewPolicySet(ContextReviewPolicySet)

    /// The event `recorded` stands for, or nil for another aggregate's type.
    public init?(_ recorded: RecordedEvent) throws {
        if let event = try ContextDefined.decode(recorded) { self = .defined(event) }
        else if let event = try ContextDescribed.decode(recorded) { self = .described(event) }
        else if let event = try ContextRetired.decode(recorded) { self = .retired(event) }
        else if let event = try ContextReviewPolicySet.decode(recorded) { self = .reviewPolicySet(event) }
        else { return nil }
    }

    /// The event ready to append.
    public func newEvent(effectiveAt: Timestamp?) -> NewEvent {
        switch self {
        case .defined(let event): event.newEvent(effectiveAt: effectiveAt)
        case .described(let event): event.newEvent(effectiveAt: effectiveAt)
        case .retired(let event): event.newEvent(effectiveAt: effectiveAt)
        case .reviewPolicySet(let event): event.newEvent(effectiveAt: effectiveAt)
        }
    }
}
