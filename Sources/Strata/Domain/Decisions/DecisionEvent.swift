/// Every event a decision stream holds.
public enum DecisionEvent: Sendable, Equatable, AggregateEvent {
    case proposed(DecisionProposed)
    case accepted(DecisionAccepted)
    case rejected(DecisionRejected)
    case superseded(DecisionSuperseded)
    case deprecated(DecisionDeprecated)
    case amended(DecisionAmended)
    case linked(DecisionLinked)
    case unlinked(DecisionUnlinked)
    case reviewed(DecisionReviewed)

    /// The event `recorded` stands for, or nil for another aggregate's type.
    public init?(_ recorded: RecordedEvent) throws {
        if let e = try DecisionProposed.decode(recorded) { self = .proposed(e) }
        else if let e = try DecisionAccepted.decode(recorded) { self = .accepted(e) }
        else if let e = try DecisionRejected.decode(recorded) { self = .rejected(e) }
        else if let e = try DecisionSuperseded.decode(recorded) { self = .superseded(e) }
        else if let e = try DecisionDeprecated.decode(recorded) { self = .deprecated(e) }
        else if let e = try DecisionAmended.decode(recorded) { self = .amended(e) }
        else if let e = try DecisionLinked.decode(recorded) { self = .linked(e) }
        else if let e = try DecisionUnlinked.decode(recorded) { self = .unlinked(e) }
        else if let e = try DecisionReviewed.decode(recorded) { self = .reviewed(e) }
        else { return nil }
    }

    /// The event ready to append.
    public func newEvent(effectiveAt: Timestamp?) -> NewEvent {
        switch self {
        case .proposed(let e): e.newEvent(effectiveAt: effectiveAt)
        case .accepted(let e): e.newEvent(effectiveAt: effectiveAt)
        case .rejected(let e): e.newEvent(effectiveAt: effectiveAt)
        case .superseded(let e): e.newEvent(effectiveAt: effectiveAt)
        case .deprecated(let e): e.newEvent(effectiveAt: effectiveAt)
        case .amended(let e): e.newEvent(effectiveAt: effectiveAt)
        case .linked(let e): e.newEvent(effectiveAt: effectiveAt)
        case .unlinked(let e): e.newEvent(effectiveAt: effectiveAt)
        case .reviewed(let e): e.newEvent(effectiveAt: effectiveAt)
        }
    }
}
