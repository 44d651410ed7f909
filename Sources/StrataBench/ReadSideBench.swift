import Foundation
@_spi(Tools) import StrataApp
import Strata
import StrataProjections

/// The read side's figures on a generated domain log: rebuild speed and memory, time travel,
/// and the latency of read commands as processes.
struct ReadSideBench {
    let options: BenchOptions
    let directory: URL
    let strata: URL?

    func run(report: (Figure) -> Void) throws {
        let path = directory.appendingPathComponent("domain-\(UUID().uuidString).db").path
        let log = try StrataStore.create(at: path).log
        let generated = try seconds { try DomainLogGenerator(log: log, events: options.events).generate() }
        let total = try log.head().position
        report(Figure(name: "append.domain-batched", unit: "events/s", samples: [Double(total) / generated],
                      note: "domain events with both read models inline"))
        if let strata, wants("rebuild") {
            var rates: [Double] = [], memory: [Double] = []
            for _ in 0..<options.runs {
                var result: (status: Int32, peakMB: Double) = (0, 0)
                let elapsed = try seconds { result = try Spawn.measured([strata.path, "rebuild", "--store", path]) }
                guard result.status == 0 else { throw BenchError("strata rebuild exited \(result.status)") }
                rates.append(Double(total) / elapsed)
                memory.append(result.peakMB)
            }
            report(Figure(name: "rebuild.full", unit: "events/s", samples: rates, note: "strata rebuild as a process, \(total) events"))
            report(Figure(name: "rebuild.peak-memory", unit: "MB", samples: memory))
            let floor = try (0..<options.runs).map { _ in Double(total) / (try RawSQLiteBaseline.rebuildMeasurementRows(path: path)) }
            report(Figure(name: "baseline.rebuild-measurement-rows", unit: "events/s", samples: floor,
                          note: "SQLite alone writing the measurement rows (INSERT ... SELECT with JSON functions)"))
        }
        if wants("timetravel") { try timeTravel(log, total: total, report: report) }
        if let strata, wants("cli.read") {
            // Start-up alone: no store is opened, so this is the floor every command pays.
            report(try latency("cli.version", [strata.path, "--version"]))
            report(try latency("cli.show", [strata.path, "show", "ADR-1", "--store", path]))
            report(try latency("cli.advise", [strata.path, "advise", "--workload", "W-1", "--store", path]))
            report(try latency("cli.arch", [strata.path, "arch", "--store", path]))
        }
    }

    private func wants(_ name: String) -> Bool {
        guard let only = options.only else { return true }
        return name.hasPrefix(only) || only.hasPrefix(name)
    }

    private func timeTravel(_ log: SQLiteEventLog, total: Int64, report: (Figure) -> Void) throws {
        let side = ReadSide(log: log)
        var generator = SystemRandomNumberGenerator()
        let positions = (0..<options.timeTravelQueries).map { _ in Int64.random(in: 1...max(1, total), using: &generator) }
        var arch: [Double] = [], audit: [Double] = [], diff: [Double] = []
        for position in positions {
            arch.append(try seconds { _ = try side.query(Moment(asOf: .position(position))) { try ArchitectureReport.build($0) } } * 1000)
            audit.append(try seconds { _ = try side.query(Moment(asOf: .position(position))) { try AuditReport.build($0) } } * 1000)
            diff.append(try seconds {
                let older = Moment(asOf: .position(max(1, position / 2)))
                let a = try side.query(older) { try (ArchitectureReport.build($0), DecisionLog.build($0), AuditReport.build($0)) }
                let b = try side.query(Moment(asOf: .position(position))) { try (ArchitectureReport.build($0), DecisionLog.build($0), AuditReport.build($0)) }
                _ = ArchitectureDiff.between(a.0, b.0, a.1, b.1, a.2, b.2)
            } * 1000)
        }
        for (name, samples) in [("timetravel.arch", arch), ("timetravel.audit", audit), ("timetravel.diff", diff)] {
            let figure = Figure(name: name, unit: "ms", samples: samples, note: "\(samples.count) random positions")
            report(figure)
            report(Figure(name: name + ".p99", unit: "ms", samples: [figure.percentile(99)]))
        }
    }

    private func latency(_ name: String, _ arguments: [String]) throws -> Figure {
        let samples = try (0..<options.cliReadRuns).map { _ in
            var status: Int32 = 0
            let elapsed = try seconds { status = try Spawn.run(arguments) }
            guard status == 0 else { throw BenchError("\(arguments.dropFirst().prefix(2).joined(separator: " ")) exited \(status)") }
            return elapsed * 1000
        }
        return Figure(name: name, unit: "ms", samples: samples, note: "process, median of \(samples.count)")
    }
}
