/// The state of one aggregate, folded from its own stream.
///
/// `evolve` is total and pure: it never throws and never reads anything but the event. The
/// decide functions on each state are pure too; services do load → decide → append.
public protocol AggregateState: Sendable {
    /// The closed set of events this aggregate's stream holds.
    associatedtype Event: Sendable
    /// The entity kind whose stream this state folds.
    static var kind: EntityKind { get }
    /// The entity's identities, so rules can name it.
    var ref: EntityRef { get }
    /// When the entity came to exist: its creation event's valid time. No fact about it can
    /// take effect earlier (``EffectiveOrder``).
    var since: Timestamp { get }
    /// The event `recorded` stands for, or nil when it is not one of this aggregate's types.
    static func event(from recorded: RecordedEvent) throws -> Event?
    /// The state after `event`; nil before the creation event.
    static func evolve(_ state: Self?, _ event: Event, at recorded: RecordedEvent) -> Self?
}

/// An aggregate's event as it is appended: every event enum can turn itself into a `NewEvent`.
public protocol AggregateEvent: Sendable {
    /// The event to append, with its valid time (nil: when it is recorded).
    func newEvent(effectiveAt: Timestamp?) -> NewEvent
}

/// A folded aggregate with the stream version it was folded at: the expected version of the
/// next append.
public struct Loaded<State: AggregateState>: Sendable {
    public var state: State
    public var version: Int

    public init(state: State, version: Int) {
        self.state = state
        self.version = version
    }
}

extension AggregateState {
    /// Folds `events` (one stream, in order) into a state, or nil when they hold no creation event.
    public static func fold(_ events: [RecordedEvent]) throws -> Loaded<Self>? {
        var state: Self?
        var version = 0
        for recorded in events {
            version = recorded.streamVersion
            if let event = try event(from: recorded) { state = evolve(state, event, at: recorded) }
        }
        return state.map { Loaded(state: $0, version: version) }
    }
}
