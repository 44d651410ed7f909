import Foundation
import Testing
import StrataTestSupport

@Suite("Concurrent commands on one decision")
struct DecisionConcurrencyTests {
    /// Two processes race to accept and to reject the same decision: one wins, the other is refused
    /// (exit 1, a conflict or the new status), and the lifecycle holds exactly one outcome.
    @Test(arguments: 0..<4) func oneSuccessOneRefusal(round: Int) throws {
        let w = try DomainWorkspace(); defer { w.remove() }
        expectOK(try w.run("propose", "--title", "race \(round)"))
        let accept = try StrataBinary.makeProcess(["accept", "ADR-1", "--store", w.store, "--actor", "ann"], in: w.url)
        let reject = try StrataBinary.makeProcess(["reject", "ADR-1", "--store", w.store, "--actor", "bob", "--reason", "no"], in: w.url)
        for process in [accept, reject] {
            process.standardOutput = FileHandle.nullDevice
            process.standardError = FileHandle.nullDevice
        }
        try accept.run()
        try reject.run()
        accept.waitUntilExit()
        reject.waitUntilExit()
        let statuses = [accept.terminationStatus, reject.terminationStatus].sorted()
        #expect(statuses == [0, 1])
        let lifecycle = try w.eventTypes().filter { $0.hasPrefix("decision.") }
        #expect(lifecycle.count == 2 && lifecycle[0] == "decision.proposed")
        #expect(lifecycle[1] == (accept.terminationStatus == 0 ? "decision.accepted" : "decision.rejected"))
    }
}
