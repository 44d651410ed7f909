import GRDB
import Strata

/// The folding of one run of events inside one write transaction.
///
/// Nothing else writes while that transaction is open, so what the fold learns on the way (a
/// flag it already set, a row it will read again) stays true for the rest of the run; and the
/// batch is dropped with the transaction, whether it commits or rolls back, so nothing it
/// kept outlives the state it was learnt from.
public protocol ProjectionBatch {
    /// Folds the next event of the run.
    mutating func apply(_ event: RecordedEvent, in db: Database) throws
}

/// The batch of a projection that keeps nothing between events.
struct EachEventBatch: ProjectionBatch {
    let projection: any Projection

    func apply(_ event: RecordedEvent, in db: Database) throws {
        try projection.apply(event, in: db)
    }
}
