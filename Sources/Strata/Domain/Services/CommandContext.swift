/// Who issues a command and when it takes effect: carried into every event it appends.
public struct CommandContext: Sendable {
    /// Actor and command id, stored as each event's metadata.
    public var metadata: EventMetadata
    /// Valid time; nil means "when recorded". `--effective` back- or future-dates it.
    public var effectiveAt: Timestamp?
    /// The version the caller last saw of the entity it changes; nil trusts the latest fold.
    ///
    /// A face that shows an entity and changes it later (an agent, a form) passes what it saw,
    /// so a change made meanwhile by someone else is refused instead of silently built upon.
    public var expectedVersion: Int?
    /// The caller's own id for this command (a UUID), given to the first event it appends.
    ///
    /// The log's unique event id then finds the command again with one index lookup, so a
    /// retry is recognised on a log of any length (``SQLiteEventLog/events(ofCommandFirstStored:)``).
    public var idempotencyKey: String?

    public init(metadata: EventMetadata, effectiveAt: Timestamp? = nil, expectedVersion: Int? = nil, idempotencyKey: String? = nil) {
        self.metadata = metadata
        self.effectiveAt = effectiveAt
        self.expectedVersion = expectedVersion
        self.idempotencyKey = idempotencyKey
    }

    /// A context for `actor` with a fresh command id.
    public init(actor: String, effectiveAt: Timestamp? = nil) {
        self.init(metadata: EventMetadata(actor: actor), effectiveAt: effectiveAt)
    }

    public var actor: String { metadata.actor }
}

/// What a command recorded: its subject, every entity it created, and the events appended.
public struct RecordedChange: Sendable, Equatable {
    /// The entity the command was about.
    public var subject: EntityRef
    /// Entities the command created besides the subject (stores adopted on acceptance).
    public var created: [EntityRef]
    /// Where each appended event landed (short-id allocations included).
    public var appended: [AppendedEvent]
    /// The domain event types appended, in order (short-id allocations left out).
    public var eventTypes: [String]
    /// Extra facts worth printing, e.g. a bottleneck the measurement shows.
    public var notes: [String]

    init(subject: EntityRef, created: [EntityRef] = [], result: AppendResult, appends: [StreamAppend], notes: [String] = []) {
        self.subject = subject
        self.created = created
        self.appended = result.events
        self.eventTypes = appends.flatMap(\.events).map(\.eventType).filter { $0 != ShortIDAllocated.eventType }
        self.notes = notes
    }
}
