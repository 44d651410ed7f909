import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// A long job's progress on one line of stderr, rewritten in place: how much is done (events,
/// files, commits, moments), the rate and the time left, cleared when the job ends.
///
/// Only on a terminal and never with `--json`, so piped or machine-read output never holds it.
final class TerminalProgress {
    private let label: String
    private let unit: String
    private let started = Date()
    private var lastDrawn = Date.distantPast
    private var drawn = false
    private var firstReport: (at: Date, done: Int64)?

    private init(_ label: String, unit: String) {
        self.label = label
        self.unit = unit
    }

    /// Nil when stderr is not a terminal or the command prints JSON; `unit` is the plural of
    /// what is counted.
    static func onTerminal(_ label: String, unit: String = "events", json: Bool) -> TerminalProgress? {
        guard !json, isatty(STDERR_FILENO) == 1 else { return nil }
        return TerminalProgress(label, unit: unit)
    }

    /// `update` for counts a use case reports as `Int`.
    func update(_ done: Int, _ total: Int) { update(Int64(done), Int64(total)) }

    /// Redraws at most five times a second; nothing until the job has run for half a second,
    /// so a short one never flickers.
    func update(_ done: Int64, _ total: Int64) {
        let now = Date()
        let elapsed = now.timeIntervalSince(started)
        // The rate counts from the first report, so work before the job's first event (a
        // rebuild verifies the chain first) does not skew the time left.
        let first = firstReport ?? (now, done)
        firstReport = first
        guard done < total, elapsed >= 0.5, now.timeIntervalSince(lastDrawn) >= 0.2 else { return }
        lastDrawn = now
        let span = now.timeIntervalSince(first.at)
        let rate = span > 0 ? Double(done - first.done) / span : Double(done) / elapsed
        let left = rate > 0 ? Int((Double(total - done) / rate).rounded()) : 0
        write("\r\(label): \(done.formatted()) of \(total.formatted()) \(unit), \(Int(rate).formatted())/s, about \(left) s left\u{1B}[K")
        drawn = true
    }

    /// Clears the line, so the command's own output starts on a clean one.
    func finish() {
        if drawn { write("\r\u{1B}[K") }
        drawn = false
    }

    private func write(_ text: String) {
        FileHandle.standardError.write(Data(text.utf8))
    }
}
