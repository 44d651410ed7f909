import Foundation
import Strata
import StrataTestSupport
import Testing

/// One run with the clock in 2099 used to pin both clocks there for every later event; now a
/// clock far behind the log is refused with one line, and the store is left as it was.
struct ClockSkewTests {
    @Test func aLogRecordedInTheFutureRefusesTodaysClockUntilTheSkewIsAllowed() throws {
        let workspace = try CLIWorkspace(withStore: false)
        defer { workspace.remove() }
        let path = workspace.path("future.db")
        let future = try SQLiteEventLog.create(at: path, clock: { Timestamp(microseconds: 4_070_908_800_000_000) })
        try future.append([NewEvent(eventType: "note.written", data: #"{"text":"from 2099"}"#)], to: "note-1", expected: .any,
                          metadata: EventMetadata(actor: "time-traveller"))

        let refused = try workspace.run("context", "add", "checkout", "--store", path, "--actor", "tester")
        expectError(refused, exit: 2, mentioning: ["2099-01-01", "behind", "[clock-behind]", "STRATA_MAX_CLOCK_SKEW"])
        #expect(try workspace.run("events", "--store", path).lines.count == 2, "a refused append wrote something")

        let allowed = try workspace.run("context", "add", "checkout", "--store", path, "--actor", "tester",
                                        environment: ["STRATA_MAX_CLOCK_SKEW": "4000000000"])
        #expect(allowed.status == 0, "\(allowed)")
    }
}
