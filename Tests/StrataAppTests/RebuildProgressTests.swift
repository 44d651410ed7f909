import Foundation
import Testing
@_spi(Tools) import StrataApp
import Strata
import StrataTestSupport

/// A rebuild tells its caller how far it has got, so a face can show a long one advancing; the
/// CLI shows it only on a terminal.
@Suite struct RebuildProgressTests {
    @Test func progressCountsEveryEventUpToTheLogsLength() throws {
        let demo = try DemoStore()
        defer { demo.remove() }
        let ticks = 25_000
        for start in stride(from: 0, to: ticks, by: 5_000) {
            let events = (start..<start + 5_000).map { NewEvent(eventType: "tick", data: "{\"n\":\($0)}") }
            try demo.store.log.append(events, to: "tick-\(start)", expected: .noStream, metadata: EventMetadata(actor: "test"))
        }
        let head = try demo.store.log.head().position
        var seen: [(Int64, Int64)] = []
        _ = try demo.store.rebuild(progress: { seen.append(($0, $1)) })
        #expect(seen.count == 3)
        #expect(seen.map(\.0) == [10_000, 20_000, head])
        #expect(seen.allSatisfy { $0.1 == head })
    }

    @Test func theCLIPrintsNoProgressWhenStderrIsNotATerminal() throws {
        let demo = try DemoStore()
        defer { demo.remove() }
        let store = demo.directory.appendingPathComponent("demo.db").path
        for arguments in [["rebuild"], ["rebuild", "--json"]] {
            let result = try StrataBinary.run(["--store", store] + arguments, in: demo.directory)
            #expect(result.status == 0)
            #expect(result.stderr.isEmpty, "\(arguments): \(result.stderr)")
        }
    }
}
