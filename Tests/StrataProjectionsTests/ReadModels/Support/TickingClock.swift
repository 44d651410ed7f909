import Foundation
import Strata

/// A clock that moves one second forward each time it is read, so every append of a test
/// gets its own recording instant and instants can be named before and after each step.
final class TickingClock: @unchecked Sendable {
    private let lock = NSLock()
    private var current: Timestamp

    /// Starts on 2025-01-01T00:00:00Z, safely in the past so backdating never looks like the future.
    init(start: Timestamp = Timestamp(microseconds: 1_735_689_600_000_000)) {
        current = start
    }

    /// The instant the next append will be recorded at, without moving the clock.
    var upcoming: Timestamp { lock.withLock { current } }

    /// The closure `SQLiteEventLog.create(at:hooks:clock:)` takes.
    var closure: @Sendable () -> Timestamp {
        { self.tick() }
    }

    private func tick() -> Timestamp {
        lock.withLock {
            defer { current.microseconds += 1_000_000 }
            return current
        }
    }
}

extension Timestamp {
    /// This instant moved by `seconds` (negative for earlier).
    func adding(seconds: Int64) -> Timestamp {
        Timestamp(microseconds: microseconds + seconds * 1_000_000)
    }
}
