import Foundation
import GRDB
import Strata
import StrataProjections
import Testing

/// Measurements fold into a positional table, so a snapshot due after nothing but measurements
/// refers to the last full snapshot instead of storing the same tables again. The builds that
/// start from such a reference must hold what a fresh fold holds, and a reference must not
/// outlive, or be fooled by, a change to the snapshot it names.
@Suite struct SnapshotReferenceTests {
    /// Four contexts and a workload, then a run of measurements, a fifth context, and another run.
    private func measuredHistory() throws -> ReadModelStore {
        let store = try ReadModelStore(snapshots: SnapshotPolicy(stride: 3))
        for name in ["catalog", "billing", "search", "payments"] { try store.contexts.define(name: name, store.by()) }
        try store.addWorkload(#"{"name":"orders","accessPatterns":["relational"],"latencyP99Ms":50}"#)
        for run in 0..<2 {
            for index in 0..<8 {
                try store.measurements.record(
                    .init(metric: .latencyP99Ms, value: Double(40 + index * 10), source: .production, note: nil), about: "W-1", store.by())
            }
            if run == 0 { try store.contexts.define(name: "shipping", store.by()) }
        }
        return store
    }

    private func foreign(_ store: ReadModelStore) throws -> DatabaseQueue { try DatabaseQueue(path: store.path) }

    /// (position, the full snapshot's position it names) for every reference.
    private func references(_ store: ReadModelStore) throws -> [(position: Int64, full: Int64)] {
        try store.log.read { db in
            try Row.fetchAll(db, sql: "SELECT position, tables FROM rm_snapshots WHERE tables LIKE '@%' ORDER BY position").map { row in
                let tables: String = row[1]
                return (row[0], Int64(tables.dropFirst().prefix { $0 != ":" }) ?? -1)
            }
        }
    }

    @Test func aRunOfMeasurementsIsSnapshottedByReferenceAndEveryPositionStillMatchesAFreshFold() throws {
        let store = try measuredHistory()
        defer { store.remove() }
        let references = try references(store)
        #expect(references.count >= 4, "each run of 16 measurement events spans several candidates")
        let full = Set(try store.log.read { db in try Int64.fetchAll(db, sql: "SELECT position FROM rm_snapshots WHERE tables NOT LIKE '@%'") })
        for reference in references {
            #expect(full.contains(reference.full), "the snapshot at \(reference.position) names a full one")
            #expect(reference.full < reference.position)
        }
        // The fifth context splits the runs: the second run's references name a later full snapshot.
        #expect(Set(references.map(\.full)).count == 2)
        try AsOfEqualsFreshFoldTests.expectEveryPositionMatches(store)
        #expect(try store.readSide.sealMismatches() == [])
    }

    @Test func aRebuildTakesTheSameFullSnapshotsAndReferences() throws {
        let store = try measuredHistory()
        defer { store.remove() }
        let dump = { try store.log.read { db in try Row.fetchAll(db, sql: "SELECT position, tables, digest FROM rm_snapshots ORDER BY position") } }
        let inline = try dump()
        try ProjectionRunner([store.projection]).rebuild(store.log)
        #expect(try dump() == inline)
    }

    @Test func aReferenceWhoseFullSnapshotIsGoneIsRefused() throws {
        let store = try measuredHistory()
        defer { store.remove() }
        let reference = try #require(try references(store).last)
        try foreign(store).write { db in try db.execute(sql: "DELETE FROM rm_snapshots WHERE position = ?", arguments: [reference.full]) }

        let error = #expect(throws: ReadModelMismatch.self) {
            try store.readSide.query(Moment(asOf: .position(reference.position))) { try $0.reader.contexts() }
        }
        #expect(error?.table == "rm_snapshots@\(reference.position)")
        #expect(error?.detail.contains("refers to the snapshot at position \(reference.full)") == true)
        let broken = try store.readSide.sealMismatches().map(\.table)
        #expect(broken.contains("rm_snapshots@\(reference.position)"))
        #expect(!broken.contains("rm_snapshots@\(reference.full)"))
    }

    @Test func aReferenceToAReplacedFullSnapshotIsRefusedEvenWhenTheReplacementIsSound() throws {
        let store = try measuredHistory()
        defer { store.remove() }
        let all = try references(store)
        let reference = try #require(all.last)
        // An earlier full snapshot's tables put at the position named, with a digest of its own
        // computed the way strata computes it: the full snapshot alone passes its check.
        try foreign(store).write { db in
            let other = try #require(try String.fetchOne(
                db, sql: "SELECT tables FROM rm_snapshots WHERE tables NOT LIKE '@%' AND position < ? ORDER BY position LIMIT 1",
                arguments: [reference.full]))
            let hash = try #require(try Data.fetchOne(db, sql: "SELECT position_hash FROM rm_snapshots WHERE position = ?", arguments: [reference.full]))
            let digest = SealFunction.digest(of: "\(reference.full):\(Hex.encode([UInt8](hash))):\(other)")
            try db.execute(sql: "UPDATE rm_snapshots SET tables = ?, digest = ? WHERE position = ?", arguments: [other, Data(digest), reference.full])
        }
        #expect(throws: ReadModelMismatch.self) {
            try store.readSide.query(Moment(asOf: .position(reference.position))) { try $0.reader.contexts() }
        }
        let naming = all.filter { $0.full == reference.full }.map { "rm_snapshots@\($0.position)" }
        #expect(try store.readSide.sealMismatches().map(\.table) == naming)
    }

    @Test func aStoreWithoutAFullSnapshotOnRecordTakesAFullOneNext() throws {
        let store = try measuredHistory()
        defer { store.remove() }
        // As a store whose snapshots were taken before references existed.
        try foreign(store).write { db in try db.execute(sql: "DELETE FROM rm_state WHERE key = 'snapshot_full_position'") }
        let last = try store.log.read { db in try Int64.fetchOne(db, sql: "SELECT max(position) FROM rm_snapshots") } ?? 0
        for _ in 0..<3 {
            try store.measurements.record(.init(metric: .latencyP99Ms, value: 70, source: .production, note: nil), about: "W-1", store.by())
        }
        let next = try store.log.read { db in
            try String.fetchOne(db, sql: "SELECT tables FROM rm_snapshots WHERE position > ? ORDER BY position LIMIT 1", arguments: [last])
        }
        #expect(next?.hasPrefix("{") == true, "the first snapshot after the upgrade holds its tables")
        try AsOfEqualsFreshFoldTests.expectEveryPositionMatches(store)
    }
}
