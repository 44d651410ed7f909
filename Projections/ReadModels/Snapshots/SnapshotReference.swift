import Foundation
import GRDB
import Strata

/// A snapshot that holds no tables of its own but names the full snapshot whose tables it
/// shares: `@POSITION:DIGEST`, the full one's position and digest in hex.
///
/// Taken when nothing folded into the snapshotted tables since that full snapshot, so the
/// tables there are the tables here. Naming the digest ties the reference to that exact
/// content: a full snapshot replaced, even by one with a digest of its own, no longer matches.
/// A full snapshot's tables are a JSON object, so they never start with `@`.
struct SnapshotReference: Equatable {
    var position: Int64
    var digest: [UInt8]

    /// The `rm_state` key holding the position of the newest full snapshot.
    static let fullPositionKey = "snapshot_full_position"

    var text: String { "@\(position):\(Hex.encode(digest))" }

    /// The reference `tables` holds, or nil for a full snapshot.
    init?(_ tables: String) {
        guard tables.hasPrefix("@") else { return nil }
        let parts = tables.dropFirst().split(separator: ":", omittingEmptySubsequences: false)
        guard parts.count == 2, let position = Int64(parts[0]), let digest = Hex.decode(String(parts[1])) else { return nil }
        self.init(position: position, digest: digest)
    }

    init(position: Int64, digest: [UInt8]) {
        self.position = position
        self.digest = digest
    }

    /// A reference to the newest full snapshot, or nil when there is none to refer to (a store
    /// whose snapshots were taken before references existed, or none taken yet).
    static func lastFull(in db: Database) throws -> SnapshotReference? {
        guard let position = try ReadModelState.value(fullPositionKey, in: db),
              let digest = try Data.fetchOne(db.cachedStatement(sql: "SELECT digest FROM rm_snapshots WHERE position = ?"), arguments: [position])
        else { return nil }
        return SnapshotReference(position: position, digest: [UInt8](digest))
    }

    /// The tables of the full snapshot this one refers to, checked against the log and the
    /// digest named here.
    ///
    /// - Throws: ``ReadModelMismatch`` for the referring snapshot at `referrer` when the full one
    ///   is gone, no longer matches the log, or was changed.
    func tables(for referrer: Int64, version: Int, in db: Database) throws -> String {
        let sql = """
            SELECT s.tables, s.digest, s.position_hash FROM rm_snapshots s
            JOIN events e ON e.position = s.position AND e.hash = s.position_hash
            WHERE s.position = ? AND s.version = ?
            """
        guard let row = try Row.fetchOne(db, sql: sql, arguments: [position, version]) else {
            throw mismatch(referrer, "is missing or no longer matches the log")
        }
        let full = Snapshot(position: position, tables: row[0])
        guard let stored = row[1] as Data?, [UInt8](stored) == digest, SnapshotReference(full.tables) == nil else {
            throw mismatch(referrer, "is not the one it was taken from: it was changed outside strata")
        }
        if let changed = full.mismatch(digest: stored, hash: [UInt8](row[2] as Data)) { throw changed }
        return full.tables
    }

    /// Why a referring snapshot cannot be trusted, given the full snapshots' digests by position.
    func mismatch(of referrer: Int64, fullDigests: [Int64: [UInt8]]) -> ReadModelMismatch? {
        fullDigests[position] == digest ? nil : mismatch(referrer, "is missing or was changed outside strata")
    }

    private func mismatch(_ referrer: Int64, _ detail: String) -> ReadModelMismatch {
        ReadModelMismatch(table: "rm_snapshots@\(referrer)", detail: "refers to the snapshot at position \(position), which \(detail)")
    }
}
