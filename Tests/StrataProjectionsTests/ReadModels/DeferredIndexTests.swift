import GRDB
import Testing
import Strata
import StrataProjections

/// A full refold drops the measurement indexes and builds them once at the end: afterwards the
/// schema is exactly what migration 3 created, whether the refold succeeded or failed.
@Suite struct DeferredIndexTests {
    private static func indexes(_ log: SQLiteEventLog) throws -> [String: String] {
        try log.read { db in
            let rows = try Row.fetchAll(db, sql: "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = 'rm_measurements' AND sql IS NOT NULL")
            return Dictionary(uniqueKeysWithValues: rows.map { ($0[0] as String, $0[1] as String) })
        }
    }

    private static func flags(_ log: SQLiteEventLog) throws -> [String] {
        try log.read { try String.fetchAll($0, sql: "SELECT key FROM rm_state ORDER BY key") }
    }

    @Test func aRebuildLeavesTheMigratedIndexes() throws {
        let store = try ReadModelStore()
        defer { store.remove() }
        let migrated = try Self.indexes(store.log)
        #expect(migrated.keys.sorted() == ["rm_measurements_bottlenecks", "rm_measurements_recorded", "rm_measurements_subject"])
        try RealisticHistory.record(in: store)

        try ProjectionRunner([store.projection]).rebuild(store.log)
        #expect(try Self.indexes(store.log) == migrated)
        #expect(try !Self.flags(store.log).contains("indexes_deferred"))
        let plan = try store.log.read { db in
            try Row.fetchAll(db, sql: "EXPLAIN QUERY PLAN SELECT * FROM rm_measurements WHERE subject_id = 'x' AND metric = 'cpu-percent'")
                .map { $0["detail"] as String }
        }
        #expect(plan.joined().contains("rm_measurements_subject"), "queries use the rebuilt index: \(plan)")
        let bottlenecks = try store.log.read { db in
            try Row.fetchAll(db, sql: "EXPLAIN QUERY PLAN SELECT subject_id, count(*) FROM rm_measurements WHERE is_bottleneck = 1 GROUP BY subject_id")
                .map { $0["detail"] as String }
        }
        #expect(bottlenecks.joined().contains("COVERING INDEX rm_measurements_bottlenecks"), "the tally of bottlenecks reads its index alone: \(bottlenecks)")
    }

    @Test func aFailedRebuildRollsTheIndexesBack() throws {
        struct Interrupted: Error {}
        /// Folds like the read models, then fails after the last event, before anything commits.
        struct FailingAfterFold: Projection {
            var inner: ReadModelProjection
            var name: String { inner.name }
            var version: Int { inner.version }
            func reset(in db: Database) throws { try inner.reset(in: db) }
            func apply(_ event: RecordedEvent, in db: Database) throws { try inner.apply(event, in: db) }
            func finish(in db: Database) throws { throw Interrupted() }
        }
        let store = try ReadModelStore()
        defer { store.remove() }
        try RealisticHistory.record(in: store)
        let before = try Self.indexes(store.log)

        #expect(throws: Interrupted.self) { try ProjectionRunner([FailingAfterFold(inner: store.projection)]).rebuild(store.log) }
        #expect(try Self.indexes(store.log) == before)
        #expect(try !Self.flags(store.log).contains("indexes_deferred"))
    }
}
