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

    /// Brings every projection up to the log's head, each in its own `BEGIN IMMEDIATE` transaction.
    @discardableResult
    public func catchUp(_ log: SQLiteEventLog) throws -> [Progress] {
        try projections.map { projection in try log.write { db in try catchUp(projection, in: db) } }
    }

    /// Drops and refolds every projection from position 0, each in one transaction.
    @discardableResult
    public func rebuild(_ log: SQLiteEventLog) throws -> [Progress] {
        try projections.map { projection in
            try log.write { db in try refold(projection, from: nil, in: db) }
        }
    }

    /// Catches `projection` up inside the caller's write transaction.
    public func catchUp(_ projection: any Projection, in db: Database) throws -> Progress {
        let checkpoint = try ProjectionCheckpoint.load(projection.name, in: db)
        if let checkpoint, checkpoint.version == projection.version, try checkpoint.matchesLog(in: db) {
            return try fold(projection, after: checkpoint.position, rebuilt: false, in: db)
        }
        return try refold(projection, from: checkpoint, in: db)
    }

    private func refold(_ projection: any Projection, from stale: ProjectionCheckpoint?, in db: Database) throws -> Progress {
        try projection.reset(in: db)
        return try fold(projection, after: 0, rebuilt: true, in: db)
    }

    private func fold(_ projection: any Projection, after position: Int64, rebuilt: Bool, in db: Database) throws -> Progress {
        var last: RecordedEvent?
        var applied = 0
        try SQLiteEventLog.scan(EventQuery(after: position), in: db) { event in
            try projection.apply(event, in: db)
            applied += 1
            last = event
        }
        if applied > 0 || rebuilt { try projection.finish(in: db) }
        let checkpoint = ProjectionCheckpoint(
            projection: projection.name, version: projection.version, position: last?.position ?? position,
            positionHash: try last.map(\.hash) ?? hash(at: position, in: db))
        if applied > 0 || rebuilt { try checkpoint.save(in: db) }
        return Progress(projection: projection.name, rebuilt: rebuilt, eventsApplied: applied, position: checkpoint.position)
    }

    private func hash(at position: Int64, in db: Database) throws -> [UInt8]? {
        guard position > 0 else { return nil }
        return try Data.fetchOne(db, sql: "SELECT hash FROM events WHERE position = ?", arguments: [position]).map { [UInt8]($0) }
    }
}
