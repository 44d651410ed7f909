import Foundation
import StrataTestSupport
import Testing

/// A team store on the test cluster and the people who use it, each with a replica of their own.
struct TeamStoreWorkspace: Sendable {
    let cluster: PostgresCluster
    let database: String
    let directory: TemporaryDirectory

    /// A new empty database on the cluster; nil when no cluster can run here (a note says why).
    /// With `dedicated`, on a cluster of its own, which the test may restart.
    static func make(dedicated: Bool = false, sourceLocation: SourceLocation = #_sourceLocation) async throws -> TeamStoreWorkspace? {
        let cluster = dedicated ? await PostgresCluster.dedicated(sourceLocation: sourceLocation)
            : await PostgresCluster.available(sourceLocation: sourceLocation)
        guard let cluster else { return nil }
        return TeamStoreWorkspace(cluster: cluster, database: try await cluster.createDatabase(), directory: try TemporaryDirectory(prefix: "strata-team"))
    }

    var url: String { cluster.url(database: database) }

    /// `strata arguments…` as `person`, on the team store through `person`'s replica.
    func run(_ arguments: [String], as person: String = "alice", environment: [String: String] = [:]) async throws -> CommandResult {
        var overrides = ["STRATA_STORE": url, "STRATA_REPLICA": directory.path("\(person).db"), "XDG_CACHE_HOME": directory.path("cache")]
        overrides.merge(environment) { $1 }
        let directory = self.directory.url
        let final = overrides
        return try await PostgresCluster.onThreadOfItsOwn { Result { try StrataBinary.run(arguments, in: directory, environment: final) } }.get()
    }

    /// Runs and requires success, returning standard output.
    @discardableResult
    func ok(_ arguments: [String], as person: String = "alice", sourceLocation: SourceLocation = #_sourceLocation) async throws -> String {
        let result = try await run(arguments + ["--actor", person], as: person)
        #expect(result.status == 0, "strata \(arguments.joined(separator: " ")) failed: \(result.stderr)", sourceLocation: sourceLocation)
        return result.stdout
    }

    /// Runs a read and requires success (reads take no actor).
    func read(_ arguments: [String], as person: String = "alice", sourceLocation: SourceLocation = #_sourceLocation) async throws -> String {
        let result = try await run(arguments, as: person)
        #expect(result.status == 0, "strata \(arguments.joined(separator: " ")) failed: \(result.stderr)", sourceLocation: sourceLocation)
        return result.stdout
    }
}

/// A failed command: its exit status, and one line of stderr naming each of `fragments`.
func expectFailure(
    _ result: CommandResult, exit status: Int32, mentioning fragments: [String], hiding secret: String = "\u{0}",
    sourceLocation: SourceLocation = #_sourceLocation
) {
    #expect(result.status == status, "exit \(result.status), stderr: \(result.stderr)", sourceLocation: sourceLocation)
    let lines = result.stderr.split(separator: "\n")
    #expect(lines.count == 1, "expected one line, got: \(result.stderr)", sourceLocation: sourceLocation)
    for fragment in fragments {
        #expect(result.stderr.contains(fragment), "stderr lacks '\(fragment)': \(result.stderr)", sourceLocation: sourceLocation)
    }
    #expect(!result.stderr.contains(secret), "the error shows the password", sourceLocation: sourceLocation)
}
