import Foundation
import StrataPostgres

/// How long the companion waits for the team store before it gives a request up.
///
/// A request PostgresNIO never completes would leave the `strata` process that waits for the
/// answer hanging with it. A deadline turns that into a clear error; the companion then exits,
/// so the stuck connection goes with it. `STRATA_TEAM_TIMEOUT` (seconds) changes it.
struct Deadline: Sendable {
    let seconds: Int

    /// Ordinary requests (hello, append, one page of events): a healthy server answers in
    /// milliseconds, or within a lock wait.
    static let request = Deadline(seconds: configured(default: 30))
    /// Requests that walk the whole log (verify, push) may take minutes on a large store.
    static let wholeLog = Deadline(seconds: max(request.seconds, 1_800))

    private static func configured(default value: Int) -> Int {
        guard let text = ProcessInfo.processInfo.environment["STRATA_TEAM_TIMEOUT"],
              let seconds = Int(text), seconds > 0 else { return value }
        return seconds
    }

    /// The result of `work`, or nil when it did not finish in time.
    func run<T: Sendable>(_ work: @escaping @Sendable () async -> T) async -> T? {
        await withDeadline(seconds: Double(seconds), work)
    }
}
