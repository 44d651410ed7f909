import Foundation
import GRDB
import Testing
@_spi(Tools) import StrataApp
import Strata

/// A rebuild verifies the chain while it folds: a long log broken near its end is refused with
/// the break `verify` reports and its read models left as they were, and a forced rebuild still
/// folds it and records the forcing.
@Suite struct RebuildVerificationTests {
    @Test func aLongLogBrokenNearItsEndIsRefusedAndItsReadModelsKept() throws {
        let demo = try DemoStore()
        defer { demo.remove() }
        for start in stride(from: 0, to: 15_000, by: 5_000) {
            let events = (start..<start + 5_000).map { NewEvent(eventType: "tick", data: "{\"n\":\($0)}") }
            try demo.store.log.append(events, to: "tick-\(start)", expected: .noStream, metadata: EventMetadata(actor: "test"))
        }
        let head = try demo.store.log.head().position
        try DatabaseQueue(path: demo.store.path).writeWithoutTransaction { db in
            try db.execute(sql: "DROP TRIGGER events_no_update")
            try db.execute(sql: "UPDATE events SET data = '{\"n\":-1}' WHERE position = ?", arguments: [head - 10])
        }
        let architecture = try demo.store.architecture()
        let expected = try #require(try demo.store.log.verify().firstBreak)

        let refused = try #require(demo.error { () throws(AppError) in try demo.store.rebuild() })
        #expect(refused.code == .chainBroken)
        #expect(refused.message.contains("position \(expected.position) (\(expected.kind.rawValue))"), "\(refused)")
        #expect(try demo.store.architecture() == architecture)

        let forced = try demo.store.rebuild(force: true, actor: "ops")
        #expect(forced.forcedOver?.position == expected.position)
        #expect(forced.rebuilt.allSatisfy { $0.position == head + 1 }, "the forcing event was folded too")
    }
}
