import Foundation
import Testing

/// Short runs of the torture, concurrency and tamper harnesses: the long runs are in the README.
@Suite struct CrashAndConcurrencyTests {
    @Test func killedAndCutWritersLoseNoAcknowledgedEvent() throws {
        let workspace = try CLIWorkspace(withStore: false)
        defer { workspace.remove() }
        let (result, figures) = try ReliabilityHarness.run(["torture", "--trials", "8", "--seed", "11"], in: workspace)
        #expect(result.status == 0, "\(result)")
        #expect(figures["failures"] as? Int == 0, "\(figures["failureMessages"] ?? "")")
        #expect(figures["trials"] as? Int == 8)
        #expect((figures["acknowledgedEvents"] as? Int ?? 0) > 0)
    }

    @Test func writersAndReadersTogetherLoseNothingAndSeeNoLockErrors() throws {
        let workspace = try CLIWorkspace(withStore: false)
        defer { workspace.remove() }
        let (result, figures) = try ReliabilityHarness.run(
            ["concurrency", "--seconds", "3", "--writers", "6", "--readers", "2", "--time-travel-readers", "2", "--seed", "5"], in: workspace)
        #expect(result.status == 0, "\(result)")
        #expect(figures["failures"] as? Int == 0, "\(figures["failureMessages"] ?? "")")
        #expect((figures["events"] as? Int ?? 0) > 0)
        #expect(figures["events"] as? Int == figures["acknowledgedEvents"] as? Int)
        #expect((figures["readerCommands"] as? Int ?? 0) > 0)
        #expect((figures["timeTravelCommands"] as? Int ?? 0) > 0, "time travel ran under the writers without a lock error")
    }

    @Test func everyTamperWithReadModelsSnapshotsTriggersAndTheLogIsCaught() throws {
        let workspace = try CLIWorkspace(withStore: false)
        defer { workspace.remove() }
        let (result, figures) = try ReliabilityHarness.run(["tamper"], in: workspace)
        #expect(result.status == 0, "\(result)")
        #expect(figures["failures"] as? Int == 0, "\(figures["failureMessages"] ?? "")")
        #expect((figures["cases"] as? Int ?? 0) >= 50 && figures["detected"] as? Int == figures["cases"] as? Int)
    }
}
