import Foundation
@_spi(Tools) import StrataApp
import Strata
import StrataJSON

/// `strata-bench --peers`: Strata against the Python eventsourcing library on SQLite, case by
/// case in the same rounds, each round running both sides back to back (alternating which goes
/// first), so a figure is a ratio measured under one load of the machine, not two.
///
/// Each figure is eventsourcing's time over Strata's for the same work: above 1, Strata is faster.
struct PeerBench {
    let options: BenchOptions
    let directory: URL
    let strata: URL?
    /// The eventsourcing release the comparison is pinned to.
    static let peerVersion = "9.5.6"

    /// The peer's Python and script, with eventsourcing installed in the repository's `.venv`.
    struct Peer {
        let python: String
        let script: String

        /// Finds `script` under `bench/peers` above the benchmark binary and makes sure the
        /// virtual environment beside it can import `module`, installing eventsourcing (and
        /// `extras`) when it cannot.
        static func locate(script: String = "eventsourcing_side.py", module: String = "eventsourcing.sqlite", extras: [String] = []) throws -> Peer {
            var root = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath().deletingLastPathComponent()
            while !FileManager.default.fileExists(atPath: root.appendingPathComponent("bench/peers/\(script)").path) {
                guard root.path != "/" else { throw BenchError("the peer comparison needs bench/peers/\(script); run strata-bench from the repository's build") }
                root.deleteLastPathComponent()
            }
            let venv = root.appendingPathComponent(".venv")
            let python = venv.appendingPathComponent("bin/python").path
            if !FileManager.default.isExecutableFile(atPath: python) {
                try Spawn.output(["/usr/bin/env", "python3", "-m", "venv", venv.path])
            }
            if (try? Spawn.output([python, "-c", "import \(module)"])) == nil {
                try Spawn.output([python, "-m", "pip", "install", "-q", "--disable-pip-version-check", "eventsourcing==\(PeerBench.peerVersion)"] + extras)
            }
            return Peer(python: python, script: root.appendingPathComponent("bench/peers/\(script)").path)
        }

        /// Runs one case; returns its own timing (seconds), its peak memory (MB) and the wall time.
        func measure(_ arguments: [String]) throws -> (seconds: Double, peakMB: Double, wall: Double) {
            var output = ""
            let wall = try seconds { output = try Spawn.output([python, script] + arguments) }
            guard let value = try? JSONParser.parse(output),
                  case .number(let time)? = value["seconds"], let elapsed = Double(time.lexeme) else {
                throw BenchError("the eventsourcing side printed no result: \(output)")
            }
            var kilobytes = 0.0   // cases that do not report their memory
            if case .number(let peak)? = value["peak_rss_kb"] { kilobytes = Double(peak.lexeme) ?? 0 }
            return (elapsed, kilobytes / 1024, wall)
        }

    }

    func run(report: (Figure) -> Void) throws {
        let peer = try Peer.locate()
        var ratios: [String: [Double]] = [:]
        var notes: [String: [String]] = [:]
        func add(_ name: String, strata: Double, peer: Double, unit: String = "events/s", count: Int) {
            ratios[name, default: []].append(peer / strata)
            notes[name, default: []].append(String(format: "%.0f vs %.0f \(unit)", Double(count) / strata, Double(count) / peer))
        }
        let events = options.events
        for round in 0..<options.runs {
            let strataFirst = round % 2 == 0
            for batch in [1_000, 10_000] {
                var ours = 0.0, theirs = 0.0
                let sides: [() throws -> Void] = [
                    { ours = try self.strataAppend(events: events, batch: batch).seconds },
                    { theirs = try peer.measure(["append-batch", "--db", self.fresh("es"), "--events", "\(events)", "--batch", "\(batch)"]).seconds },
                ]
                for side in strataFirst ? sides : sides.reversed() { try side() }
                add("peers.append.batch-\(batch)", strata: ours, peer: theirs, count: events)
            }
            var ours = 0.0, theirs = 0.0
            let durable = options.durableEvents
            let sides: [() throws -> Void] = [
                { ours = try self.strataDurable(events: durable) },
                { theirs = try peer.measure(["append-single", "--db", self.fresh("es"), "--events", "\(durable)"]).seconds },
            ]
            for side in strataFirst ? sides : sides.reversed() { try side() }
            add("peers.append.durable-single", strata: ours, peer: theirs, count: durable)

            // Reads and the rebuild run on the same events on both sides.
            let store = try strataAppend(events: events, batch: 10_000).path
            let copy = fresh("es")
            _ = try peer.measure(["load", "--db", copy, "--from-strata", store])
            for decoded in [true, false] {
                var ours = 0.0, theirs = 0.0
                let sides: [() throws -> Void] = [
                    { ours = try self.strataRead(store, decoded: decoded) },
                    { theirs = try peer.measure([decoded ? "read-decoded" : "read-raw", "--db", copy]).seconds },
                ]
                for side in strataFirst ? sides : sides.reversed() { try side() }
                add("peers.read.\(decoded ? "decoded" : "raw")", strata: ours, peer: theirs, count: events)
            }
            if let strata {
                let domain = try domainStore()
                let copy = fresh("es")
                let total = try Int(StrataStore.open(at: domain).log.head().position)
                _ = try peer.measure(["load", "--db", copy, "--from-strata", domain])
                var ours = (seconds: 0.0, peakMB: 0.0), theirs = (seconds: 0.0, peakMB: 0.0)
                let sides: [() throws -> Void] = [
                    {
                        var result: (status: Int32, peakMB: Double) = (0, 0)
                        let elapsed = try seconds { result = try Spawn.measured([strata.path, "rebuild", "--store", domain]) }
                        guard result.status == 0 else { throw BenchError("strata rebuild exited \(result.status)") }
                        ours = (elapsed, result.peakMB)
                    },
                    { let measured = try peer.measure(["rebuild", "--db", copy]); theirs = (measured.wall, measured.peakMB) },
                ]
                for side in strataFirst ? sides : sides.reversed() { try side() }
                add("peers.rebuild.process", strata: ours.seconds, peer: theirs.seconds, count: total)
                ratios["peers.rebuild.peak-memory", default: []].append(ours.peakMB / theirs.peakMB)
                notes["peers.rebuild.peak-memory", default: []].append(String(format: "%.0f vs %.0f MB", ours.peakMB, theirs.peakMB))
            }
        }
        for name in ratios.keys.sorted() {
            let isMemory = name.hasSuffix("peak-memory")
            report(Figure(
                name: name, unit: isMemory ? "x (Strata MB / eventsourcing MB)" : "x (eventsourcing time / Strata time)",
                samples: ratios[name] ?? [], note: "eventsourcing \(Self.peerVersion); per round, Strata vs peer: " + (notes[name] ?? []).joined(separator: "; ")))
        }
    }

    private func fresh(_ prefix: String) -> String {
        directory.appendingPathComponent("\(prefix)-\(UUID().uuidString).db").path
    }

    private func strataAppend(events: Int, batch: Int) throws -> (seconds: Double, path: String) {
        let log = try StrataStore.create(at: fresh("strata")).log
        let metadata = EventMetadata(actor: "bench")
        let elapsed = try seconds {
            for start in stride(from: 0, to: events, by: batch) {
                try log.append(Payload.batch(start: start, count: min(batch, events - start)), metadata: metadata)
            }
        }
        return (elapsed, log.path)
    }

    private func strataDurable(events: Int) throws -> Double {
        let log = try StrataStore.create(at: fresh("strata")).log
        let metadata = EventMetadata(actor: "bench")
        return try seconds {
            for index in 0..<events {
                try log.append([NewEvent(eventType: "bench.recorded", data: Payload.make(index))], to: "bench-\(index)", expected: .noStream, metadata: metadata)
            }
        }
    }

    /// The full log read, each payload decoded into its type when `decoded` (as the projections
    /// decode events, through `JSONCodec`).
    private func strataRead(_ path: String, decoded: Bool) throws -> Double {
        let log = try StrataStore.open(at: path).log
        var count = 0
        return try seconds {
            try log.read(.all) { event in
                if decoded { _ = try JSONCodec.decode(BenchPayload.self, from: event.data) }
                count += 1
            }
        }
    }

    private func domainStore() throws -> String {
        let path = fresh("domain")
        try DomainLogGenerator(log: try StrataStore.create(at: path).log, events: options.events).generate()
        return path
    }
}

/// The benchmark payload's shape, for the decoded reads.
struct BenchPayload: Decodable {
    var measurementID: String
    var subject: String
    var metric: String
    var value: Double
    var unit: String
    var source: String
    var target: Double
    var note: String
    var observedAt: String
}
