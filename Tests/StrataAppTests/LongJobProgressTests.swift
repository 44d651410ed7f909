import Foundation
import Testing
@_spi(Tools) import StrataApp
import Strata
import StrataTestSupport

/// Imports, merges and exports tell their caller how far they have got, so a face can show a
/// long one advancing; the CLI shows it only on a terminal.
@Suite struct LongJobProgressTests {
    /// A collection of `count` adr-tools records in `directory`/adr.
    static func collection(_ count: Int, in directory: URL) throws -> String {
        let adr = directory.appendingPathComponent("adr")
        try FileManager.default.createDirectory(at: adr, withIntermediateDirectories: true)
        for number in 1...count {
            let text = "# \(number). Record \(number)\n\nDate: 2024-01-0\(number % 9 + 1)\n\n## Status\n\nAccepted\n\n## Context\n\nWhy.\n\n## Decision\n\nWe do \(number).\n\n## Consequences\n\nSome.\n"
            try text.write(to: adr.appendingPathComponent(String(format: "%04d-record-%d.md", number, number)), atomically: true, encoding: .utf8)
        }
        return adr.path
    }

    @Test func anImportCountsEveryFileItReads() throws {
        let demo = try DemoStore()
        defer { demo.remove() }
        let path = try Self.collection(12, in: demo.directory)
        var seen: [(Int, Int)] = []
        _ = try demo.store.importRecords(path, actor: "test", progress: { seen.append(($0, $1)) })
        #expect(seen.map(\.0) == Array(0..<12))
        #expect(seen.allSatisfy { $0.1 == 12 })
    }

    @Test func aMergeCountsTheBytesOfItsFileAndAnEventsExportItsEvents() throws {
        let demo = try DemoStore(), other = try DemoStore()
        defer { demo.remove(); other.remove() }
        for start in stride(from: 0, to: 3_000, by: 1_000) {
            let events = (start..<start + 1_000).map { NewEvent(eventType: "tick", data: "{\"n\":\($0)}") }
            try demo.store.log.append(events, to: "tick-\(start)", expected: .noStream, metadata: EventMetadata(actor: "test"))
        }
        let file = demo.directory.appendingPathComponent("events.ndjson").path
        var written: [(Int64, Int64)] = []
        _ = try demo.store.exportEvents(to: file, asOf: nil, force: false, progress: { written.append(($0, $1)) })
        #expect(!written.isEmpty && written.allSatisfy { $0.0 <= $0.1 } && written.map(\.0) == written.map(\.0).sorted())
        let size = Int64(try Data(contentsOf: URL(fileURLWithPath: file)).count)
        var read: [(Int64, Int64)] = []
        _ = try other.store.importEvents(file, dryRun: true, actor: "test", progress: { read.append(($0, $1)) })
        #expect(read.count >= 3 && read.allSatisfy { $0.1 == size && $0.0 <= size })
    }

    @Test func anHTMLExportCountsTheMomentsOfItsTimeline() throws {
        let demo = try DemoStore()
        defer { demo.remove() }
        var seen: [(Int, Int)] = []
        let plan = try demo.store.exportPlan(.html, to: demo.directory.appendingPathComponent("report").path, asOf: nil, progress: { seen.append(($0, $1)) })
        #expect(!seen.isEmpty && seen.map(\.0) == Array(0..<seen.count) && seen.allSatisfy { $0.1 == seen.count })
        #expect(plan.report.snapshots == seen.count)
    }

    @Test func theCLIPrintsNoProgressWhenStderrIsNotATerminal() throws {
        let demo = try DemoStore()
        defer { demo.remove() }
        let store = demo.directory.appendingPathComponent("demo.db").path
        let path = try Self.collection(3, in: demo.directory)
        for arguments in [["import", path], ["export", "html", demo.directory.appendingPathComponent("out").path]] {
            let result = try StrataBinary.run(["--store", store] + arguments, in: demo.directory)
            #expect(result.status == 0)
            #expect(result.stderr.isEmpty, "\(arguments): \(result.stderr)")
        }
    }
}
