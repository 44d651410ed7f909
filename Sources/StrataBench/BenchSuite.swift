import Foundation
@_spi(Tools) import StrataApp
import Strata
import StrataProjections

/// The figures of the benchmark issue that the current code base can produce.
struct BenchSuite {
    let options: BenchOptions
    let directory: URL

    func run(report: (Figure) -> Void) throws {
        if options.peers { return try PeerBench(options: options, directory: directory, strata: strataBinary()).run(report: report) }
        let needsBatched = wants("append.batched") || wants("baseline") || wants("read")
        let batched = needsBatched ? try batchedAppend() : (rates: [], lastPath: "")
        if wants("append.batched") || wants("baseline") {
            let raw = try rawAppend()
            report(Figure(name: "append.batched", unit: "events/s", samples: batched.rates,
                          note: "ratio to raw \(ratio(batched.rates, raw))"))
            report(Figure(name: "baseline.raw-append", unit: "events/s", samples: raw))
            let schema = try (0..<options.runs).map { _ in
                Double(options.events) / (try RawSQLiteBaseline.appendWithSchema(events: options.events, batch: 10_000, in: directory))
            }
            report(Figure(name: "baseline.schema-append", unit: "events/s", samples: schema,
                          note: "Strata's schema and triggers through the C API; Strata at \(ratio(batched.rates, schema)) of it"))
        }
        if wants("append.durable") { report(try durableAppend()) }
        if wants("read") || wants("baseline") {
            let full = try fullRead(path: batched.lastPath)
            let columns = try rawRead(path: batched.lastPath, everyColumn: true)
            report(Figure(name: full.name, unit: full.unit, samples: full.samples,
                          note: "at \(ratio(full.samples, columns.samples)) of SQLite handing over every column"))
            report(columns)
            report(try rawRead(path: batched.lastPath, everyColumn: false))
        }
        if wants("cli.append"), let cli = try cliAppend() { report(cli.median); report(cli.p99) }
        if wants("append.domain") || wants("rebuild") || wants("timetravel") || wants("cli.read") {
            try ReadSideBench(options: options, directory: directory, strata: strataBinary()).run(report: report)
        }
        if wants("export.html"), let strata = strataBinary() {
            try HTMLExportBench(options: options, directory: directory, strata: strata).run(report: report)
        }
        if wants("web.live"), let strata = strataBinary(), let server = Self.sibling("strata-server") {
            try LiveSiteBench(options: options, directory: directory, strata: strata, server: server).run(report: report)
        }
        if wants("cli.instructions"), let counts = InstructionCounts.available(directory: directory, strata: strataBinary()) {
            try counts.run(report: report)
        }
        if wants("mcp.call"), let server = Self.sibling("strata-mcp") {
            try MCPBench(options: options, directory: directory, server: server).run(report: report)
        }
        report(Figure(name: "memory.peak", unit: "MB", samples: [peakMemoryMB()]))
    }

    private func wants(_ name: String) -> Bool {
        guard let only = options.only else { return true }
        return name.hasPrefix(only) || only.hasPrefix(name)
    }

    private func ratio(_ ours: [Double], _ floor: [Double]) -> String {
        let a = Figure(name: "", unit: "", samples: ours).median
        let b = Figure(name: "", unit: "", samples: floor).median
        return b > 0 ? String(format: "%.2f", a / b) : "n/a"
    }

    /// A store with the read models the CLI keeps inline.
    private func newStore() throws -> SQLiteEventLog {
        try StrataStore.create(at: directory.appendingPathComponent("store-\(UUID().uuidString).db").path).log
    }

    /// The `strata` executable built next to this one, if any.
    private func strataBinary() -> URL? { Self.sibling("strata") }

    /// An executable of this package built next to this one, if any.
    static func sibling(_ name: String) -> URL? {
        let binary = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath()
            .deletingLastPathComponent().appendingPathComponent(name)
        return FileManager.default.isExecutableFile(atPath: binary.path) ? binary : nil
    }

    private func batchedAppend() throws -> (rates: [Double], lastPath: String) {
        var rates: [Double] = []
        var path = ""
        let metadata = EventMetadata(actor: "bench")
        for _ in 0..<options.runs {
            let log = try newStore()
            path = log.path
            let elapsed = try seconds {
                for start in stride(from: 0, to: options.events, by: 10_000) {
                    try log.append(Payload.batch(start: start, count: min(10_000, options.events - start)), metadata: metadata)
                }
            }
            rates.append(Double(options.events) / elapsed)
        }
        return (rates, path)
    }

    private func rawAppend() throws -> [Double] {
        try (0..<options.runs).map { _ in
            Double(options.events) / (try RawSQLiteBaseline.append(events: options.events, batch: 10_000, in: directory))
        }
    }

    private func durableAppend() throws -> Figure {
        let metadata = EventMetadata(actor: "bench")
        let samples = try (0..<options.runs).map { _ in
            let log = try newStore()
            let elapsed = try seconds {
                for index in 0..<options.durableEvents {
                    try log.append([NewEvent(eventType: "bench.recorded", data: Payload.make(index))],
                                   to: "bench-\(index)", expected: .noStream, metadata: metadata)
                }
            }
            return Double(options.durableEvents) / elapsed
        }
        return Figure(name: "append.durable-single", unit: "events/s", samples: samples)
    }

    private func fullRead(path: String) throws -> Figure {
        let log = try StrataStore.open(at: path).log
        let samples = try (0..<options.runs).map { _ in
            var count = 0
            let elapsed = try seconds { try log.read(.all) { _ in count += 1 } }
            return Double(count) / elapsed
        }
        return Figure(name: "read.full-log", unit: "events/s", samples: samples)
    }

    /// SQLite stepping the log: the floor of a whole-event read with `everyColumn`, else stepping alone.
    private func rawRead(path: String, everyColumn: Bool) throws -> Figure {
        let samples = try (0..<options.runs).map { _ in
            let result = try everyColumn ? RawSQLiteBaseline.readEveryColumn(path: path) : RawSQLiteBaseline.read(path: path)
            return Double(result.rows) / result.seconds
        }
        return everyColumn
            ? Figure(name: "baseline.raw-read-columns", unit: "rows/s", samples: samples,
                     note: "the C API handing over all 13 columns of each row (text, blobs, integers), nothing copied")
            : Figure(name: "baseline.raw-read", unit: "rows/s", samples: samples, note: "stepping alone, no column read")
    }

    /// `strata append` as a separate process: the latency a user feels.
    private func cliAppend() throws -> (median: Figure, p99: Figure)? {
        guard let binary = strataBinary() else { return nil }
        let store = try newStore().path
        var samples: [Double] = []
        for index in 0..<options.cliRuns {
            let arguments = [binary.path, "append", "--store", store, "--stream", "bench-cli-\(index)",
                             "--type", "bench.recorded", "--data", Payload.make(index)]
            var status: Int32 = 0
            let elapsed = try seconds { status = try Spawn.run(arguments) }
            guard status == 0 else { throw BenchError("strata append exited \(status)") }
            samples.append(elapsed * 1000)
        }
        let all = Figure(name: "cli.append", unit: "ms", samples: samples)
        return (all, Figure(name: "cli.append.p99", unit: "ms", samples: [all.percentile(99)]))
    }
}
