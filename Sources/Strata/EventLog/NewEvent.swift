/// An event about to be appended: its type, schema version and exact JSON payload.
///
/// The payload is kept as text and stored byte for byte: the hash chain covers those bytes,
/// so they are never decoded and re-encoded on the way in.
public struct NewEvent: Hashable, Sendable {
    /// The idempotency key: a retry must reuse it.
    public var eventID: String
    /// A stable name such as `decision.accepted`, never a Swift type name.
    public var eventType: String
    /// The payload's shape version, read by the upcaster chain.
    public var schemaVersion: Int
    /// The payload as JSON text.
    public var data: String
    /// Valid time. Nil means "when it was recorded".
    public var effectiveAt: Timestamp?
    /// Metadata JSON to store instead of the append's: events merged from another store keep
    /// who recorded them there. Nil for events recorded here.
    public var metadata: String?

    public init(
        eventID: String = EventID.make(), eventType: String, schemaVersion: Int = 1, data: String,
        effectiveAt: Timestamp? = nil, metadata: String? = nil
    ) {
        self.eventID = eventID
        self.eventType = eventType
        self.schemaVersion = schemaVersion
        self.data = data
        self.effectiveAt = effectiveAt
        self.metadata = metadata
    }
}

/// Events for one stream, with the version the stream must be at before they are written.
public struct StreamAppend: Hashable, Sendable {
    public var streamID: String
    public var expected: ExpectedVersion
    public var events: [NewEvent]

    public init(streamID: String, expected: ExpectedVersion, events: [NewEvent]) {
        self.streamID = streamID
        self.expected = expected
        self.events = events
    }
}
