import Foundation
@_spi(Tools) import StrataApp
import Strata

/// `strata export html` on a store the size of a large organisation's record: the generated
/// architecture (contexts, stores, topology changes, measurements) plus an imported collection
/// of adr-tools records with dates out of order, acceptances and supersessions, so the report's
/// time slider has thousands of instants.
struct HTMLExportBench {
    let options: BenchOptions
    let directory: URL
    let strata: URL

    func run(report: (Figure) -> Void) throws {
        let decisions = options.htmlDecisions
        let path = directory.appendingPathComponent("html-\(UUID().uuidString).db").path
        try DomainLogGenerator(log: try StrataStore.create(at: path).log, events: 2_000).generate()
        let records = directory.appendingPathComponent("adr-\(UUID().uuidString)")
        try Self.writeCollection(decisions, to: records)
        guard try Spawn.run([strata.path, "import", "adr-tools", records.path, "--store", path]) == 0 else {
            throw BenchError("strata import adr-tools exited non-zero")
        }
        var samples: [Double] = [], memory: [Double] = []
        for run in 0..<options.runs {
            let out = directory.appendingPathComponent("report-\(run)-\(UUID().uuidString)").path
            var result: (status: Int32, peakMB: Double) = (0, 0)
            let elapsed = try seconds { result = try Spawn.measured([strata.path, "export", "html", out, "--store", path]) }
            guard result.status == 0 else { throw BenchError("strata export html exited \(result.status)") }
            samples.append(elapsed)
            memory.append(result.peakMB)
        }
        report(Figure(name: "export.html", unit: "s", samples: samples,
                      note: "strata export html as a process: \(decisions) imported records on a generated architecture of 50 decisions"))
        report(Figure(name: "export.html.peak-memory", unit: "MB", samples: memory))
    }

    /// Writes `count` adr-tools records: dates that mostly advance but often step back (records
    /// written up later than decided), a proposal left open every so often, and every tenth
    /// record superseded by a later one.
    static func writeCollection(_ count: Int, to directory: URL) throws {
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        var state: UInt64 = 2026
        // Knuth's MMIX LCG, high bits: the same collection on every run.
        func next() -> UInt64 { state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407; return state >> 33 }
        var day = 0
        var supersededBy: [Int: Int] = [:]
        for number in stride(from: 10, through: count, by: 10) where number + 7 <= count { supersededBy[number] = number + 7 }
        let supersedes = Dictionary(uniqueKeysWithValues: supersededBy.map { ($1, $0) })
        let start = Date(timeIntervalSince1970: 1_420_070_400)   // 2015-01-01
        for number in 1...count {
            day += Int(next() % 3)
            let offset = next() % 4 == 0 ? max(0, day - Int(next() % 60)) : day
            let date = ISO8601DateFormatter.string(
                from: start.addingTimeInterval(Double(offset) * 86_400), timeZone: .gmt, formatOptions: [.withFullDate])
            var status = number % 17 == 0 ? "Proposed" : "Accepted"
            if let newer = supersededBy[number] { status = "Superceded by [\(newer). \(title(newer))](\(file(newer)))" }
            if let older = supersedes[number] { status += "\n\nSupercedes [\(older). \(title(older))](\(file(older)))" }
            let text = """
                # \(number). \(title(number))

                Date: \(date)

                ## Status

                \(status)

                ## Context

                Workload \(number % 97) needs a home for its data; the team measured it before choosing.

                ## Decision

                We will use \(["PostgreSQL", "Redis", "Kafka", "Elasticsearch", "ClickHouse"][number % 5]) for it.

                ## Consequences

                One more thing to run, or one less, depending on record \(number).

                """
            try text.write(to: directory.appendingPathComponent(file(number)), atomically: false, encoding: .utf8)
        }
    }

    private static func title(_ number: Int) -> String { "Record decision \(number)" }
    private static func file(_ number: Int) -> String { String(format: "%04d-record-decision-%d.md", number, number) }
}
