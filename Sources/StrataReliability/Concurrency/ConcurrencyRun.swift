import Foundation
import Strata

/// One concurrency run: the store, the loops, and the final cross-check.
struct ConcurrencyRun {
    let strata: String
    let scratch: Scratch
    let store: String
    let seed: UInt64

    init(strata: String, seed: UInt64) throws {
        self.strata = strata
        self.seed = seed
        scratch = try Scratch("concurrency")
        store = scratch.file("store.db")
    }

    func run(seconds: Double, writers: Int, readers: Int, timeTravelReaders: Int) throws -> Report {
        let initialised = try ChildProcess.run(strata, ["init", store], in: scratch.path)
        guard initialised.succeeded else { throw HarnessError("strata init failed: \(initialised.stderr)") }
        let deadline = Date().addingTimeInterval(seconds)
        let (strata, store, directory, seed) = (strata, store, scratch.path, seed)
        let outcomes = Parallel.run(writers + readers + timeTravelReaders) { index -> (WriterLoop.Outcome?, ReaderLoop.Outcome?, Report?) in
            if index < writers {
                return (WriterLoop(strata: strata, store: store, directory: directory, index: index, seed: seed, deadline: deadline).run(), nil, nil)
            }
            if index < writers + readers {
                return (nil, ReaderLoop(strata: strata, store: store, directory: directory, index: index - writers, deadline: deadline).run(), nil)
            }
            let loop = TimeTravelReaderLoop(strata: strata, store: store, directory: directory, index: index - writers - readers, deadline: deadline)
            return (nil, nil, loop.run())
        }
        var report = Report("concurrency")
        report.set("seconds", Int(seconds))
        report.set("writers", writers)
        report.set("readers", readers)
        report.set("timeTravelReaders", timeTravelReaders)
        var acknowledged: [Acknowledgement] = []
        var hashes: [Int64: String] = [:]
        for (writer, reader, timeTravel) in outcomes {
            for part in [writer?.report, reader?.report, timeTravel].compactMap({ $0 }) {
                part.figures.forEach { report.count($0.0, $0.1) }
                report.failures += part.failures
            }
            acknowledged += writer?.acknowledged ?? []
            reader?.hashes.forEach { hashes[$0.key] = $0.value }
        }
        try checkFinal(acknowledged: acknowledged, readerHashes: hashes, into: &report)
        return report
    }

    /// The final log holds exactly the acknowledged events, and every read was a prefix of it.
    private func checkFinal(acknowledged: [Acknowledgement], readerHashes: [Int64: String], into report: inout Report) throws {
        let audit = try StoreAudit(path: store)
        report.set("events", audit.events.count)
        report.set("acknowledgedEvents", acknowledged.count)
        audit.problems(acknowledged: acknowledged, label: "final log").forEach { report.fail($0) }
        if audit.events.count != acknowledged.count {
            report.fail("the log holds \(audit.events.count) events but \(acknowledged.count) were acknowledged")
        }
        for (position, hash) in readerHashes.sorted(by: { $0.key < $1.key }) {
            guard position >= 1, position <= Int64(audit.events.count),
                  Hex.encode(audit.events[Int(position - 1)].hash) == hash else {
                report.fail("a reader saw position \(position) with a hash the final log does not have")
                break
            }
        }
        let verify = try ChildProcess.run(strata, ["verify", "--store", store], in: scratch.path)
        if !verify.succeeded { report.fail("final strata verify \(verify.ending): \(verify.stdout)") }
        try ReadModelComparison.differences(store: store, scratch: scratch.path).forEach { report.fail($0) }
        report.notes += try ReadModelComparison.unlisted(store: store)
    }
}
