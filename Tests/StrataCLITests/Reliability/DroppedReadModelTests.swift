import Foundation
import GRDB
import StrataTestSupport
import Testing

/// Read models are caches of the log: a table dropped by hand must not leave the store unusable.
/// Before, `rebuild` and every write failed with "no such table"; now writes and reads name the
/// table and `strata rebuild`, and the rebuild recreates what is missing.
struct DroppedReadModelTests {
    @Test func aDroppedTableIsNamedAndRebuildRestoresIt() throws {
        let workspace = try CLIWorkspace(withStore: false)
        defer { workspace.remove() }
        let store = workspace.path("demo.db")
        #expect(try workspace.run("demo", "--store", store).status == 0)
        try DatabaseQueue(path: store).write { try $0.execute(sql: "DROP TABLE rm_contexts") }
        let events = try workspace.run("events", "--store", store).lines.count

        let write = try workspace.run("context", "add", "archive", "--store", store)
        expectError(write, exit: 2, mentioning: ["rm_contexts", "strata rebuild", "[store-damaged]"])
        expectError(try workspace.run("arch", "--store", store), exit: 2, mentioning: ["rm_contexts", "strata rebuild"])
        #expect(try workspace.run("events", "--store", store).lines.count == events, "a refused write appended")

        let rebuilt = try workspace.run("rebuild", "--store", store)
        #expect(rebuilt.status == 0, "\(rebuilt)")
        #expect(try workspace.run("context", "add", "archive", "--store", store).status == 0)
        #expect(try workspace.run("arch", "--store", store).stdout.contains("storefront"))
    }
}
