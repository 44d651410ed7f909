import GRDB
import Strata

/// A read model folded from the log, owning its tables exclusively.
///
/// The runner applies events in position order and records the checkpoint in the same
/// transaction as the projection's writes, so a crash can never leave the two out of step.
public protocol Projection: Sendable {
    /// The checkpoint key. Never rename: a new name means a new projection built from scratch.
    var name: String { get }
    /// Bump when the fold or its tables change; the runner then rebuilds from position 0.
    var version: Int { get }
    /// Deletes everything the projection wrote, ahead of a rebuild.
    func reset(in db: Database) throws
    /// Folds one event into the read model.
    func apply(_ event: RecordedEvent, in db: Database) throws
    /// A batch for a run of events in one transaction (see ``ProjectionBatch``); by default,
    /// each event through ``apply(_:in:)``.
    func batch() -> any ProjectionBatch
    /// Runs once after a batch of events was applied, inside the same transaction: for state
    /// derived from the whole model rather than from one event (the audit).
    func finish(in db: Database) throws
    /// Runs after ``finish(in:)`` when the checkpoint moves to `position` (with the log's `hash`
    /// there): for state tied to the position the model reflects (the read models' seals).
    func didReach(_ position: Int64, hash: [UInt8]?, in db: Database) throws
}

extension Projection {
    public func batch() -> any ProjectionBatch { EachEventBatch(projection: self) }
    public func finish(in db: Database) throws {}
    public func didReach(_ position: Int64, hash: [UInt8]?, in db: Database) throws {}
}
