import Foundation

/// A team store under test: every loop reaches it through a replica of its own, as every
/// person's `strata` does, while the server may restart under them.
struct TeamTarget: Sendable {
    /// The team store's URL.
    let url: String
    /// Where the replicas live.
    let directory: String

    /// The environment of a `strata` run by `name`: its own replica of the team store.
    func environment(_ name: String) -> [String: String] {
        var environment = ProcessInfo.processInfo.environment
        environment["STRATA_STORE"] = url
        environment["STRATA_REPLICA"] = replica(name)
        return environment
    }

    func replica(_ name: String) -> String { directory + "/replica-\(name).db" }

    /// The codes of a command that lost the team store (a restart, a dropped connection): a
    /// clear one-line error the user can retry, and a write whose outcome is in doubt.
    static let unavailableCodes = ["[postgres-unreachable]", "[postgres-connection-lost]", "[postgres-timed-out]", "[team-store-lost]"]

    /// Whether `result` is such an error: exit 2, one line, one of ``unavailableCodes``.
    static func isUnavailable(_ result: ChildResult) -> Bool {
        result.exitCode == 2 && result.stderr.split(separator: "\n").count == 1
            && unavailableCodes.contains { result.stderr.contains($0) }
    }
}
