import Foundation
import GRDB
import Strata

/// Keeps projections caught up with the log, rebuilding any whose version or checkpoint no
/// longer fits.
public struct ProjectionRunner: Sendable {
    public let projections: [any Projection]

    public init(_ projections: [any Projection]) {
        self.projections = projections
    }

    /// What one catch-up did to one projection.
    public struct Progress: Hashable, Sendable {
        public var projection: String
        public var rebuilt: Bool
        public var eventsApplied: Int
        public var position: Int64
    }

    /// Brings every projection up to the log's head in one `BEGIN IMMEDIATE` transaction and one
    /// pass over the log: each event is read and decoded once however many projections fold it.
    @discardableResult
    public func catchUp(_ log: SQLiteEventLog) throws -> [Progress] {
        try log.write { db in try fold(try projections.map { try plan($0, in: db) }, from: log, in: db) }
    }

    /// Drops and refolds every projection from position 0, all in one transaction and one pass.
    ///
    /// `progress` is told the events folded so far and the log's length, every 10,000 events
    /// and once at the end: a rebuild of a large log runs for minutes.
    ///
    /// With `verifyingChain`, the log is checked as ``SQLiteEventLog/verify(anchor:)`` checks it
    /// while it is folded (the walk runs on the reading thread), and a break throws
    /// ``ChainBroken`` and rolls the whole rebuild back: read models are never folded from a
    /// broken log, and a sound one is read once instead of twice.
    @discardableResult
    public func rebuild(
        _ log: SQLiteEventLog, verifyingChain: Bool = false, progress: ((_ done: Int64, _ total: Int64) -> Void)? = nil
    ) throws -> [Progress] {
        try log.write { db in
            // Before the resets: they clear the checkpoints this looks at.
            if verifyingChain, let broken = try log.breakFoundWithoutWalk(in: db) { throw ChainBroken(chainBreak: broken) }
            for projection in projections { try projection.reset(in: db) }
            return try fold(
                projections.map { Pass(projection: $0, after: 0, rebuilt: true) }, from: log, verifyingChain: verifyingChain,
                in: db, progress: progress)
        }
    }

    /// Catches `projection` up inside the caller's write transaction.
    public func catchUp(_ projection: any Projection, in db: Database) throws -> Progress {
        try fold([try plan(projection, in: db)], from: nil, in: db)[0]
    }

    /// Where one projection resumes: after its checkpoint, or from scratch once reset.
    private struct Pass {
        var projection: any Projection
        var after: Int64
        var rebuilt: Bool
    }

    private func plan(_ projection: any Projection, in db: Database) throws -> Pass {
        let checkpoint = try ProjectionCheckpoint.load(projection.name, in: db)
        if let checkpoint, checkpoint.version == projection.version, try checkpoint.matchesLog(in: db) {
            return Pass(projection: projection, after: checkpoint.position, rebuilt: false)
        }
        try projection.reset(in: db)
        return Pass(projection: projection, after: 0, rebuilt: true)
    }

    /// Folds every pass in one scan. With `log`, the events are read on a second connection and
    /// thread (``SQLiteEventLog/readAhead(after:verifyingChain:_:)``), so a long catch-up uses both cores.
    private func fold(
        _ passes: [Pass], from log: SQLiteEventLog?, verifyingChain: Bool = false, in db: Database,
        progress: ((Int64, Int64) -> Void)? = nil
    ) throws -> [Progress] {
        guard let start = passes.map(\.after).min() else { return [] }
        var scanned: Int64 = 0
        var applied = [Int](repeating: 0, count: passes.count)
        var last: (position: Int64, hash: [UInt8])?
        let behind = try log.map { _ in try SQLiteEventLog.position(at: .position(Int64.max), in: db) - start } ?? 0
        let scan: ((RecordedEvent) throws -> Void) throws -> Void = { body in
            // A second connection and thread cost about a millisecond: only worth it for a long fold.
            if let log, behind > 10_000 {
                try log.readAhead(after: start, verifyingChain: verifyingChain, body)
            } else if let log, verifyingChain {
                try log.scanVerifyingChain(in: db, body)
            } else {
                try SQLiteEventLog.scan(EventQuery(after: start), in: db, body)
            }
        }
        var batches = passes.map { $0.projection.batch() }
        try scan { event in
            for (index, pass) in passes.enumerated() where event.position > pass.after {
                try batches[index].apply(event, in: db)
                applied[index] += 1
            }
            last = (event.position, event.hash)
            scanned += 1
            if let progress, scanned % 10_000 == 0 { progress(scanned, behind) }
        }
        progress?(scanned, behind)
        return try passes.indices.map { index in
            let pass = passes[index]
            let changed = applied[index] > 0 || pass.rebuilt
            if changed { try pass.projection.finish(in: db) }
            // Every pass that applied anything ran to the end of the scan.
            let end = applied[index] > 0 ? last : nil
            let checkpoint = ProjectionCheckpoint(
                projection: pass.projection.name, version: pass.projection.version,
                position: end?.position ?? pass.after, positionHash: try end?.hash ?? hash(at: pass.after, in: db))
            if changed {
                try pass.projection.didReach(checkpoint.position, hash: checkpoint.positionHash, in: db)
                try checkpoint.save(in: db)
            }
            return Progress(projection: pass.projection.name, rebuilt: pass.rebuilt, eventsApplied: applied[index], position: checkpoint.position)
        }
    }

    private func hash(at position: Int64, in db: Database) throws -> [UInt8]? {
        guard position > 0 else { return nil }
        return try Data.fetchOne(db, sql: "SELECT hash FROM events WHERE position = ?", arguments: [position]).map { [UInt8]($0) }
    }
}
