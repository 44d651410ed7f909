import GRDB
import Strata
import StrataProjections
import Testing

/// A run of events folded in one transaction remembers a workload's targets and the audit flag
/// between measurements. What it remembers must never be stale: a revision in the middle of the
/// run, folded in the same batch, changes the targets the measurements after it are judged by.
@Suite struct FoldBatchTests {
    /// A workload whose latency target is raised halfway through a run of measurements, and a
    /// second workload measured throughout.
    private func record(in store: ReadModelStore) throws {
        try store.contexts.define(name: "catalog", store.by())
        try store.addWorkload(#"{"name":"orders","accessPatterns":["relational"],"latencyP99Ms":100}"#)
        try store.addWorkload(#"{"name":"search","accessPatterns":["full-text"],"latencyP99Ms":50}"#)
        for round in 0..<2 {
            for value in [80.0, 150.0, 320.0] {
                for workload in ["W-1", "W-2"] {
                    try store.measurements.record(.init(metric: .latencyP99Ms, value: value, source: .production, note: nil), about: workload, store.by())
                }
            }
            if round == 0 { try store.reviseWorkload("W-1", #"{"name":"orders","accessPatterns":["relational"],"latencyP99Ms":300}"#) }
        }
    }

    /// The orders workload's measurements, in log order.
    private func orders(_ store: ReadModelStore) throws -> [String] {
        try store.log.read { db in
            try Row.fetchAll(db, sql: """
                SELECT m.value, m.target, m.is_bottleneck FROM rm_measurements m JOIN rm_workloads w ON w.workload_id = m.subject_id
                WHERE w.name = 'orders' ORDER BY m.recorded_position
                """).map { row in "\(row[0] as Double) against \(row[1] as Double? ?? -1): \(row[2] as Bool ? "bottleneck" : "fine")" }
        }
    }

    @Test func aRevisionInTheMiddleOfABatchChangesTheTargetsOfTheMeasurementsAfterIt() throws {
        let store = try ReadModelStore(inline: false)
        defer { store.remove() }
        try record(in: store)
        let progress = try ProjectionRunner([store.projection]).catchUp(store.log)
        #expect(progress.first?.eventsApplied == Int(try store.log.head().position), "the whole log folded in one batch")
        #expect(try orders(store) == [
            "80.0 against 100.0: fine", "150.0 against 100.0: bottleneck", "320.0 against 100.0: bottleneck",
            "80.0 against 300.0: fine", "150.0 against 300.0: fine", "320.0 against 300.0: bottleneck",
        ])
    }

    @Test func oneBatchFoldsWhatAnAppendAtATimeFolds() throws {
        let store = try ReadModelStore(inline: true)
        defer { store.remove() }
        try record(in: store)
        let inline = try store.log.read { try ReadModelDump.of($0, excluding: ReadModelDump.bookkeeping) }
        try ProjectionRunner([store.projection]).rebuild(store.log)
        let rebuilt = try store.log.read { try ReadModelDump.of($0, excluding: ReadModelDump.bookkeeping) }
        #expect(rebuilt.rowCount > 0)
        #expect(rebuilt == inline, "\(rebuilt.differences(from: inline))")
        #expect(try orders(store).count == 6)
        #expect(try store.readSide.sealMismatches() == [])
    }
}
