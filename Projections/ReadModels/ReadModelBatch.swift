import GRDB
import Strata
import StrataProfile

/// What the read models' fold knows from earlier events of the same batch (see
/// ``ProjectionBatch``), to skip work a measurement would otherwise repeat: in a monitored log
/// nearly every event is one.
struct FoldMemo {
    /// `rm_state`'s audit flag is already set in this transaction.
    var auditMarked = false
    /// Workloads' targets as read from `rm_workloads` (nil for no such workload), by id; emptied
    /// by every fact other than a measurement, any of which may change them.
    var workloadTargets: [String: WorkloadProfile?] = [:]
}

/// The read models' batch: one ``FoldMemo`` for the whole run.
struct ReadModelBatch: ProjectionBatch {
    let projection: ReadModelProjection
    private var memo = FoldMemo()

    init(projection: ReadModelProjection) {
        self.projection = projection
    }

    mutating func apply(_ event: RecordedEvent, in db: Database) throws {
        try projection.apply(event, memo: &memo, in: db)
    }
}
