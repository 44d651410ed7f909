import Foundation

/// The system clock the demo store is recorded with: set to each step's date, so the story
/// reads as if the team had recorded every fact the day it happened, and "as of" a past date
/// shows what the log knew then.
public final class DemoClock: @unchecked Sendable {
    private let lock = NSLock()
    private var current = Timestamp(microseconds: 0)

    public init() {}

    /// The time the next append is recorded at; pass it as the log's `clock`.
    public func now() -> Timestamp {
        lock.lock()
        defer { lock.unlock() }
        return current
    }

    /// Moves to `instant`, never back: a step dated before the last one is recorded at the
    /// last reading (as the log would hold it), and its own date is its valid time.
    func set(_ instant: Timestamp) {
        lock.lock()
        current = max(current, instant)
        lock.unlock()
    }
}
