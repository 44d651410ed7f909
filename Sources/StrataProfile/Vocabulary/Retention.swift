/// How long written data is kept.
public enum Retention: String, CaseIterable, Codable, Sendable {
    /// Kept forever, e.g. an event-sourcing log.
    case infinite
    /// Dropped after an age, e.g. operational streams and metrics.
    case time
    /// Dropped beyond a size budget, e.g. high-volume streams.
    case size
}
