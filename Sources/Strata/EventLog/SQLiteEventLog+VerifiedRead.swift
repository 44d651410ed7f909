import GRDB

/// The first break a read that verifies the chain as it goes came upon.
public struct ChainBroken: Error, Sendable {
    public let chainBreak: ChainBreak

    public init(chainBreak: ChainBreak) { self.chainBreak = chainBreak }
}

extension SQLiteEventLog {
    /// What ``verify(anchor:)`` would find in the log as `db` sees it, short of the walk itself:
    /// a chain that does not start from this store's id, or a tail cut off or replaced below what
    /// the watermark or a projection checkpoint saw, taking the last row as the head.
    ///
    /// Together with a read through ``scanVerifyingChain(in:_:)`` or
    /// ``readAhead(after:verifyingChain:_:)`` that ends without throwing, this is everything
    /// `verify` checks (its head is the last row exactly when the walk finds no break). Call it
    /// before anything in the transaction resets the checkpoints.
    public func breakFoundWithoutWalk(in db: Database) throws -> ChainBreak? {
        if let genesisBreak { return genesisBreak }
        return try Self.tailBreak(head: try headRow(in: db).position, in: db)
    }

    /// Streams every event from the first, in order, walking the chain as ``verify(anchor:)``
    /// does; throws ``ChainBroken`` at the first break, after `body` has seen only the events
    /// before it.
    ///
    /// For a fold that must not run over a broken log: inside ``write(_:)``, the rollback that
    /// the throw causes discards what `body` did, and the fold needs no walk of its own first.
    public func scanVerifyingChain(in db: Database, _ body: (RecordedEvent) throws -> Void) throws {
        var walk = ChainWalk(genesis: genesisHash)
        try EventRowCursor(sql: "SELECT \(Self.columns) FROM events ORDER BY position", in: db).forEach { row in
            walk.check(row)
            guard walk.firstBreak == nil, case .success(let event) = row else { return false }
            try body(event)
            return true
        }
        if let broken = walk.firstBreak { throw ChainBroken(chainBreak: broken) }
    }
}
