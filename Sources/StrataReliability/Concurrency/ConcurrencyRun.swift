import Foundation
import Strata

/// One concurrency run: the store, the loops, and the final cross-check.
struct ConcurrencyRun {
    let strata: String
    let scratch: Scratch
    /// The store's file, or the team store's URL.
    let store: String
    let seed: UInt64
    /// Set when the run is against a team store.
    let team: TeamTarget?

    init(strata: String, seed: UInt64, teamURL: String? = nil) throws {
        self.strata = strata
        self.seed = seed
        let scratch = try Scratch("concurrency")
        self.scratch = scratch
        store = teamURL ?? scratch.file("store.db")
        team = teamURL.map { TeamTarget(url: $0, directory: scratch.path) }
    }

    /// Runs the loops for `seconds`; against a team store also `killers` loops of writers
    /// killed mid-append, and `restart` (a shell command) once, halfway through.
    func run(seconds: Double, writers: Int, readers: Int, timeTravelReaders: Int, killers: Int = 0, restart: String? = nil) throws -> Report {
        let initialised = try ChildProcess.run(strata, ["init", store], in: scratch.path, environment: team?.environment("init"))
        guard initialised.succeeded else { throw HarnessError("strata init failed: \(initialised.stderr)") }
        let deadline = Date().addingTimeInterval(seconds)
        let restarted = restart.map { command in Self.runLater(command, after: seconds / 2, in: scratch.path) }
        let (strata, store, directory, seed, team) = (strata, store, scratch.path, seed, team)
        let loops = writers + readers + timeTravelReaders + (team == nil ? 0 : killers)
        let outcomes = Parallel.run(loops) { index -> (WriterLoop.Outcome?, ReaderLoop.Outcome?, Report?) in
            if index < writers {
                let loop = WriterLoop(strata: strata, store: store, directory: directory, index: index, seed: seed, deadline: deadline, team: team)
                return (loop.run(), nil, nil)
            }
            if index < writers + readers {
                let loop = ReaderLoop(strata: strata, store: store, directory: directory, index: index - writers, deadline: deadline, team: team)
                return (nil, loop.run(), nil)
            }
            if index < writers + readers + timeTravelReaders {
                let loop = TimeTravelReaderLoop(
                    strata: strata, store: store, directory: directory, index: index - writers - readers, deadline: deadline, team: team)
                return (nil, nil, loop.run())
            }
            guard let team else { return (nil, nil, nil) }
            let killer = KillerLoop(
                strata: strata, team: team, directory: directory, index: index - writers - readers - timeTravelReaders, seed: seed, deadline: deadline)
            return (killer.run(), nil, nil)
        }
        var report = Report("concurrency")
        report.set("seconds", Int(seconds))
        report.set("writers", writers)
        report.set("readers", readers)
        report.set("timeTravelReaders", timeTravelReaders)
        if team != nil { report.set("killers", killers) }
        if let restarted {
            let result = restarted.wait()
            report.set("serverRestarts", result.succeeded ? 1 : 0)
            if !result.succeeded { report.fail("the restart command \(result.ending): \(result.stderr)") }
        }
        var acknowledged: [Acknowledgement] = []
        var inDoubt = 0
        var hashes: [Int64: String] = [:]
        for (writer, reader, timeTravel) in outcomes {
            for part in [writer?.report, reader?.report, timeTravel].compactMap({ $0 }) {
                part.figures.forEach { report.count($0.0, $0.1) }
                report.failures += part.failures
            }
            acknowledged += writer?.acknowledged ?? []
            inDoubt += writer?.inDoubt ?? 0
            reader?.hashes.forEach { hashes[$0.key] = $0.value }
        }
        try checkFinal(acknowledged: acknowledged, inDoubt: inDoubt, readerHashes: hashes, into: &report)
        if let team { try checkConvergence(team, writers: writers, into: &report) }
        return report
    }

    /// Runs `command` with /bin/sh after `delay` seconds, on a thread of its own.
    private static func runLater(_ command: String, after delay: Double, in directory: String) -> Later {
        let later = Later()
        Thread {
            Thread.sleep(forTimeInterval: delay)
            later.finish((try? ChildProcess.run("/bin/sh", ["-c", command], in: directory))
                ?? ChildResult(exitCode: 127, signal: nil, stdout: "", stderr: "cannot start /bin/sh", peakRSSBytes: 0, seconds: 0))
        }.start()
        return later
    }

    /// The final log holds exactly the acknowledged events (plus, on a team store, at most the
    /// two events each write in doubt could have committed), and every read was a prefix of it.
    private func checkFinal(acknowledged: [Acknowledgement], inDoubt: Int, readerHashes: [Int64: String], into report: inout Report) throws {
        if let team { setenv("STRATA_REPLICA", team.replica("audit"), 1) }
        let audit = try StoreAudit(path: store)
        report.set("events", audit.events.count)
        report.set("acknowledgedEvents", acknowledged.count)
        audit.problems(acknowledged: acknowledged, label: "final log").forEach { report.fail($0) }
        let extra = audit.events.count - acknowledged.count
        if extra < 0 || extra > 2 * inDoubt {
            report.fail("the log holds \(audit.events.count) events but \(acknowledged.count) were acknowledged"
                + (inDoubt > 0 ? " and \(inDoubt) writes were in doubt" : ""))
        }
        for (position, hash) in readerHashes.sorted(by: { $0.key < $1.key }) {
            guard position >= 1, position <= Int64(audit.events.count),
                  Hex.encode(audit.events[Int(position - 1)].hash) == hash else {
                report.fail("a reader saw position \(position) with a hash the final log does not have")
                break
            }
        }
        let verify = try ChildProcess.run(strata, ["verify", "--store", store], in: scratch.path, environment: team?.environment("audit"))
        if !verify.succeeded { report.fail("final strata verify \(verify.ending): \(verify.stdout)") }
        let file = team?.replica("audit") ?? store
        try ReadModelComparison.differences(store: file, scratch: scratch.path).forEach { report.fail($0) }
        report.notes += try ReadModelComparison.unlisted(store: file)
    }

    /// Every writer's replica, caught up, answers the read models and `verify` byte for byte alike.
    private func checkConvergence(_ team: TeamTarget, writers: Int, into report: inout Report) throws {
        var first: [String: String] = [:]
        for writer in 0..<writers {
            for view in [["arch", "--json"], ["log", "--json"], ["audit", "--json"], ["verify"]] {
                let arguments = view + (view[0] == "verify" ? [] : ["--as-of", "2099-01-01"])
                let result = try ChildProcess.run(strata, arguments, in: scratch.path, environment: team.environment("writer\(writer)"))
                guard result.exitCode == 0 || (view[0] == "audit" && result.exitCode == 1) else {
                    report.fail("replica of writer \(writer): \(view[0]) \(result.ending): \(result.stderr)")
                    continue
                }
                let answer = result.stdout
                if let expected = first[view[0]], expected != answer {
                    report.fail("the replicas of writer 0 and writer \(writer) answer \(view[0]) differently")
                }
                first[view[0]] = first[view[0]] ?? answer
            }
        }
        report.set("replicasCompared", writers)
    }
}

/// The outcome of work started on another thread, waited for once.
final class Later: @unchecked Sendable {   // guarded by `done`
    private let done = DispatchSemaphore(value: 0)
    private var result: ChildResult?

    func finish(_ result: ChildResult) {
        self.result = result
        done.signal()
    }

    func wait() -> ChildResult {
        done.wait()
        return result ?? ChildResult(exitCode: nil, signal: nil, stdout: "", stderr: "", peakRSSBytes: 0, seconds: 0)
    }
}
