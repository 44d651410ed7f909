import Foundation
import GRDB
import Strata

/// How far a projection has read: a position, the hash of the event there, and its version.
///
/// The hash makes a checkpoint notice a log that was swapped, restored from an older backup or
/// rewritten: the event at that position is no longer the one the projection saw.
public struct ProjectionCheckpoint: Hashable, Sendable {
    public var projection: String
    public var version: Int
    public var position: Int64
    public var positionHash: [UInt8]?

    /// The checkpoint stored for `projection`, if any.
    public static func load(_ projection: String, in db: Database) throws -> ProjectionCheckpoint? {
        let sql = "SELECT projector_version, position, position_hash FROM projection_checkpoints WHERE projection = ?"
        guard let row = try Row.fetchOne(try db.cachedStatement(sql: sql), arguments: [projection]) else { return nil }
        let hash = (row[2] as Data?).map { [UInt8]($0) }
        return ProjectionCheckpoint(projection: projection, version: row[0], position: row[1], positionHash: hash)
    }

    /// Writes the checkpoint; call only inside the transaction that wrote the read model.
    public func save(in db: Database) throws {
        // Cached: every append saves one checkpoint per inline projection.
        try db.executeCached(
            sql: """
                INSERT INTO projection_checkpoints (projection, projector_version, position, position_hash, updated_at)
                VALUES (?, ?, ?, ?, ?)
                ON CONFLICT (projection) DO UPDATE SET projector_version = excluded.projector_version,
                  position = excluded.position, position_hash = excluded.position_hash, updated_at = excluded.updated_at
                """,
            arguments: [projection, version, position, positionHash.map { Data($0) }, Timestamp.now().microseconds])
    }

    /// Whether the log still holds, at this checkpoint's position, the event the projection saw.
    func matchesLog(in db: Database) throws -> Bool {
        guard position > 0 else { return true }
        let stored = try Data.fetchOne(try db.cachedStatement(sql: "SELECT hash FROM events WHERE position = ?"), arguments: [position])
        return stored.map { [UInt8]($0) } == positionHash
    }
}
