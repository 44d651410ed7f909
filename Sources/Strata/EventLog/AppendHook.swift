import GRDB

/// Work that must commit atomically with an append, such as an inline projection.
///
/// The log calls every hook inside the append's `BEGIN IMMEDIATE` transaction, after the
/// events are inserted; a hook that throws rolls the whole append back.
public protocol AppendHook: Sendable {
    /// Called with the events just inserted, in position order, within the append's transaction.
    func didAppend(_ events: [RecordedEvent], in db: Database) throws
}
