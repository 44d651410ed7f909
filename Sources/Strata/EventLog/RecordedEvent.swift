/// An event as the log stores it: one row of the `events` table.
public struct RecordedEvent: Hashable, Sendable {
    /// Global, 1-based, gapless, in commit order.
    public var position: Int64
    public var eventID: String
    public var streamID: String
    /// The part of the stream id before its first `-`: `decision` for `decision-0193…`.
    public var category: String
    /// 1-based, gapless within the stream.
    public var streamVersion: Int
    public var eventType: String
    public var schemaVersion: Int
    /// The payload bytes exactly as appended.
    public var data: String
    public var metadata: String
    /// System time: assigned by the store, never decreasing.
    public var recordedAt: Timestamp
    /// Valid time: given by the user, or the recorded time.
    public var effectiveAt: Timestamp
    public var prevHash: [UInt8]
    public var hash: [UInt8]

    public init(
        position: Int64, eventID: String, streamID: String, category: String, streamVersion: Int,
        eventType: String, schemaVersion: Int, data: String, metadata: String, recordedAt: Timestamp,
        effectiveAt: Timestamp, prevHash: [UInt8], hash: [UInt8]
    ) {
        self.position = position
        self.eventID = eventID
        self.streamID = streamID
        self.category = category
        self.streamVersion = streamVersion
        self.eventType = eventType
        self.schemaVersion = schemaVersion
        self.data = data
        self.metadata = metadata
        self.recordedAt = recordedAt
        self.effectiveAt = effectiveAt
        self.prevHash = prevHash
        self.hash = hash
    }
}

/// The last event of the log: what `verify` prints and what `--anchor` pins.
public struct ChainHead: Hashable, Sendable {
    /// 0 for an empty log.
    public var position: Int64
    /// The head event's hash, or the genesis hash of an empty log.
    public var hash: [UInt8]

    public init(position: Int64, hash: [UInt8]) {
        self.position = position
        self.hash = hash
    }

    /// `POSITION:HEX`, the form `strata verify --anchor` accepts.
    public var anchor: String { "\(position):\(Hex.encode(hash))" }
}

/// Where an appended event landed.
public struct AppendedEvent: Hashable, Sendable {
    public var eventID: String
    public var streamID: String
    public var streamVersion: Int
    public var position: Int64

    package init(eventID: String, streamID: String, streamVersion: Int, position: Int64) {
        self.eventID = eventID
        self.streamID = streamID
        self.streamVersion = streamVersion
        self.position = position
    }
}

/// The outcome of an append.
public struct AppendResult: Hashable, Sendable {
    /// One entry per event appended, in order.
    public var events: [AppendedEvent]
    /// True when every event was already stored: a retry, answered with the original positions.
    public var wasAlreadyStored: Bool
    /// The log's head after the append.
    public var head: ChainHead

    package init(events: [AppendedEvent], wasAlreadyStored: Bool, head: ChainHead) {
        self.events = events
        self.wasAlreadyStored = wasAlreadyStored
        self.head = head
    }
}
