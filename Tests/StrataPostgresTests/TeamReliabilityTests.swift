import Foundation
@testable import StrataReliability
import StrataTestSupport
import Testing

/// The reliability harness against a team store, bounded for CI: writers and readers through
/// replicas of their own, writers killed mid-append, and the server restarted under them.
@Suite(.serialized) struct TeamReliabilityTests {
    @Test func nothingAcknowledgedIsLostWhenWritersAreKilledAndTheServerRestarts() async throws {
        // Its own cluster: the restart would break the other suites' connections to the shared one.
        guard let team = try await TeamStoreWorkspace.make(dedicated: true) else { return }
        let harness = try #require(StrataBinary.locate(named: "strata-reliability"), "strata-reliability was not built")
        let strata = try #require(StrataBinary.url)
        let arguments = [
            "concurrency", "--strata", strata.path, "--team", team.url, "--seconds", "12", "--writers", "4", "--readers", "2",
            "--time-travel-readers", "1", "--killers", "1", "--restart-command", team.cluster.restartCommand, "--json",
        ]
        // Spawned and reaped with posix_spawn and wait4, as the harness runs its own children:
        // Foundation's Process has been seen to miss this long child's exit.
        // A request stuck on a connection the restart broke gives up after 5 s, not 30.
        let result = try await PostgresCluster.onThreadOfItsOwn {
            Result {
                try ChildProcess.run(harness.path, arguments, in: team.directory.url.path,
                                     environment: StrataBinary.environment(["STRATA_TEAM_TIMEOUT": "5"]))
            }
        }.get()
        #expect(result.exitCode == 0, "the harness failed: \(result.stdout) \(result.stderr)")
        let report = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any], "\(result.stdout)")
        let figures = report["figures"] as? [String: Any] ?? report
        #expect((figures["serverRestarts"] as? Int) == 1, "\(result.stdout)")
        #expect((figures["acknowledgedEvents"] as? Int ?? 0) > 20, "\(result.stdout)")
        #expect((figures["replicasCompared"] as? Int) == 4, "\(result.stdout)")
    }
}
