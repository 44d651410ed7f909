import Foundation

/// Counts failed authentications per client address and shuts an address out once it fails
/// too often in a minute: guessing secrets becomes slow without slowing honest clients.
actor FailedAuthLimit {
    let limit: Int
    let window: TimeInterval
    private var failures: [String: [Date]] = [:]

    init(limit: Int = 10, window: TimeInterval = 60) {
        self.limit = limit
        self.window = window
    }

    /// Whether `client` has used up its failures for now.
    func isBlocked(_ client: String, now: Date = Date()) -> Bool {
        recent(client, now: now).count >= limit
    }

    func recordFailure(_ client: String, now: Date = Date()) {
        failures[client] = recent(client, now: now) + [now]
    }

    private func recent(_ client: String, now: Date) -> [Date] {
        (failures[client] ?? []).filter { now.timeIntervalSince($0) < window }
    }
}
