import Foundation
import GRDB
import Strata
import StrataProjections
import StrataTestSupport
import Testing

/// Read models used to be trusted as found: `UPDATE rm_audit_stores SET verdict='justified'`
/// made an audit used as a CI gate pass, and an edited snapshot changed `--as-of` answers.
/// Every table now carries a running digest kept by triggers, and every snapshot a digest.
@Suite struct ReadModelSealTests {
    /// The raw file, as any SQLite client other than Strata opens it.
    private func foreign(_ store: ReadModelStore) throws -> DatabaseQueue { try DatabaseQueue(path: store.path) }

    /// An edit made with a table's update trigger dropped, the trigger then put back as it was.
    private func editBehindTheSeal(_ store: ReadModelStore, table: String, _ sql: String) throws {
        let trigger = "\(table)_seal_update"
        try foreign(store).write { db in
            let definition = try String.fetchOne(db, sql: "SELECT sql FROM sqlite_master WHERE name = ?", arguments: [trigger]) ?? ""
            try db.execute(sql: "DROP TRIGGER \(trigger)")
            try db.execute(sql: sql)
            try db.execute(sql: definition)
        }
    }

    @Test(arguments: 0..<4 as Range<UInt64>)
    func sealsFollowEveryFoldAndMatchAFullRehash(seed: UInt64) throws {
        let store = try ReadModelStore()
        defer { store.remove() }
        var commands = RandomCommands(seed: 700 + seed, clock: store.clock)
        try commands.run(60, on: store.log)
        #expect(try store.readSide.sealMismatches() == [])
        try ProjectionRunner([store.projection]).rebuild(store.log)
        #expect(try store.readSide.sealMismatches() == [])
        let snapshots = try store.log.read { db in try Int.fetchOne(db, sql: "SELECT count(*) FROM rm_snapshots WHERE digest IS NOT NULL") }
        #expect((snapshots ?? 0) > 0, "the stride is small enough to take snapshots, each with its digest")
    }

    @Test func anotherClientCannotEditASealedTable() throws {
        let store = try ReadModelStore()
        defer { store.remove() }
        try store.contexts.define(name: "catalog", store.by())
        #expect(throws: DatabaseError.self) {
            try foreign(store).write { db in try db.execute(sql: "UPDATE rm_contexts SET name = 'payroll'") }
        }
        let names = try store.readSide.query { view in try view.reader.contexts().map(\.name) }
        #expect(names == ["catalog"])
    }

    @Test func anEditBehindTheSealIsRefusedByReadsAndNotLaunderedByLaterAppends() throws {
        let store = try ReadModelStore()
        defer { store.remove() }
        try store.contexts.define(name: "catalog", store.by())
        try editBehindTheSeal(store, table: "rm_contexts", "UPDATE rm_contexts SET name = 'payroll'")
        #expect(throws: ReadModelMismatch.self) { try store.readSide.query { try $0.reader.contexts() } }

        try store.contexts.define(name: "billing", store.by())
        #expect(throws: ReadModelMismatch.self) { try store.readSide.query { try $0.reader.contexts() } }
        #expect(try store.readSide.sealMismatches().map(\.table) == ["rm_contexts"])

        try ProjectionRunner([store.projection]).rebuild(store.log)
        let names = try store.readSide.query { view in try view.reader.contexts().map(\.name) }
        #expect(names == ["catalog", "billing"])
    }

    @Test func aDroppedSealTriggerIsRefusedByReads() throws {
        let store = try ReadModelStore()
        defer { store.remove() }
        try store.contexts.define(name: "catalog", store.by())
        try foreign(store).write { db in try db.execute(sql: "DROP TRIGGER rm_audit_stores_seal_delete") }
        #expect(throws: ReadModelMismatch.self) { try store.readSide.query { try $0.reader.contexts() } }
        try ProjectionRunner([store.projection]).rebuild(store.log)
        #expect(try store.readSide.sealMismatches() == [])
    }

    @Test func anEditedSnapshotIsRefusedByTheBuildThatWouldStartFromIt() throws {
        let store = try ReadModelStore(snapshots: SnapshotPolicy(stride: 3))
        defer { store.remove() }
        for name in ["catalog", "billing", "search", "payments"] { try store.contexts.define(name: name, store.by()) }
        let snapshot = try store.log.read { db in try Int64.fetchOne(db, sql: "SELECT MAX(position) FROM rm_snapshots") } ?? 0
        #expect(snapshot > 0)
        try foreign(store).write { db in
            try db.execute(sql: "UPDATE rm_snapshots SET tables = replace(tables, 'catalog', 'payroll') WHERE position = ?", arguments: [snapshot])
        }
        #expect(throws: ReadModelMismatch.self) {
            try store.readSide.query(Moment(asOf: .position(snapshot))) { try $0.reader.contexts() }
        }
        #expect(try store.readSide.sealMismatches().map(\.table) == ["rm_snapshots@\(snapshot)"])
    }

    @Test func anEditedMeasurementIsFoundByAFullRehash() throws {
        let store = try ReadModelStore()
        defer { store.remove() }
        var commands = RandomCommands(seed: 42, clock: store.clock)
        try commands.run(80, on: store.log)
        let measured = try store.log.read { db in try Int.fetchOne(db, sql: "SELECT count(*) FROM rm_measurements") } ?? 0
        try #require(measured > 0, "the history records measurements")
        try editBehindTheSeal(store, table: "rm_measurements", "UPDATE rm_measurements SET value = value * 10")
        #expect(try store.readSide.sealMismatches().map(\.table) == ["rm_measurements"])
    }
}
