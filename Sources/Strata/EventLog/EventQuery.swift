/// A cut of the log in system time: everything recorded up to and including it.
public enum TimeCut: Hashable, Sendable {
    /// Up to and including this position.
    case position(Int64)
    /// Up to and including the last event recorded at or before this instant.
    case instant(Timestamp)
}

/// Which events to read, in position order.
public struct EventQuery: Hashable, Sendable {
    /// Only events after this position (exclusive); 0 reads from the start.
    public var after: Int64
    /// Only events at or before this cut.
    public var upTo: TimeCut?
    public var streamID: String?
    public var category: String?
    public var eventType: String?
    public var limit: Int?

    public init(
        after: Int64 = 0, upTo: TimeCut? = nil, streamID: String? = nil, category: String? = nil,
        eventType: String? = nil, limit: Int? = nil
    ) {
        self.after = after
        self.upTo = upTo
        self.streamID = streamID
        self.category = category
        self.eventType = eventType
        self.limit = limit
    }

    /// Every event.
    public static let all = EventQuery()
}
