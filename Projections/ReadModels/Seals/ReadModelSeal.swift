import Foundation
import GRDB
import Strata
import StrataMigrations

/// A read model that does not match its seal: changed outside Strata, or sealed at another
/// position than the log's checkpoint. Reads refuse it; `strata rebuild` refolds it from the log.
public struct ReadModelMismatch: Error, Hashable, Sendable, CustomStringConvertible {
    /// The table (or `rm_snapshots@POSITION` for one snapshot).
    public var table: String
    /// What does not match, in words.
    public var detail: String

    public var description: String { "\(table) \(detail)" }
}

/// The seals of migration 6: how they are reset, tied to the log and checked.
enum ReadModelSeal {
    /// Every sealed table with its columns.
    static let sealed = Dictionary(uniqueKeysWithValues: ReadModelSeals.columns.map { ($0.table, $0.columns) })


    /// The `rm_state` key set while a refold runs without the seal triggers.
    static let deferredFlag = "seals_deferred"

    /// Seals every table from its rows, then puts the triggers back: the end of a refold.
    static func sealAll(in db: Database) throws {
        for (table, _) in ReadModelSeals.columns {
            let sealed = try recompute(table, in: db)
            try db.execute(
                sql: "UPDATE rm_seals SET row_count = ?, digest = ? WHERE table_name = ?",
                arguments: [sealed.count, Int64(bitPattern: sealed.digest), table])
        }
        try db.execute(sql: ReadModelSeals.triggerDDL)
        try db.execute(sql: "DELETE FROM rm_state WHERE key = ?", arguments: [deferredFlag])
    }

    static func zero(in db: Database) throws {
        try db.execute(sql: "UPDATE rm_seals SET row_count = 0, digest = 0, position = 0, position_hash = NULL")
    }

    /// Ties every seal to the position the fold has just reached.
    static func tie(to position: Int64, hash: [UInt8]?, in db: Database) throws {
        try db.executeCached(sql: "UPDATE rm_seals SET position = ?, position_hash = ?", arguments: [position, hash.map { Data($0) }])
    }

    /// The row count and digest `table` holds now, recomputed row by row.
    static func recompute(_ table: String, in db: Database) throws -> (count: Int64, digest: UInt64) {
        guard let columns = sealed[table] else { return (0, 0) }
        var count: Int64 = 0
        var digest: UInt64 = 0
        let rows = try String.fetchCursor(db, sql: "SELECT \(ReadModelSeals.rowJSON(columns)) FROM \(table)")
        while let row = try rows.next() {
            digest &+= SealFunction.hash(table: table, row: row)
            count += 1
        }
        return (count, digest)
    }

    /// The tables a read checks by their row count only, leaving their full digest to
    /// `verify`: the measurements hold most of a store's rows, and rehashing them would make
    /// every read cost as much as a scan of the whole table.
    static let countedOnRead: Set<String> = ["rm_measurements"]

    /// What does not match among `tables` (all sealed ones when nil), for read models that
    /// claim to reflect `checkpoint`; the tables in `countedOnly` are checked by their count.
    static func mismatches(
        tables: [String]? = nil, countedOnly: Set<String> = [], checkpoint: ProjectionCheckpoint?, in db: Database
    ) throws -> [ReadModelMismatch] {
        var found = try triggerMismatches(in: db)
        let stored = Dictionary(
            try Row.fetchAll(db, sql: "SELECT table_name, row_count, digest, position, position_hash FROM rm_seals").map { ($0[0] as String, $0) },
            uniquingKeysWith: { first, _ in first })
        for table in tables ?? ReadModelSeals.columns.map(\.table) {
            guard let seal = stored[table] else {
                found.append(ReadModelMismatch(table: table, detail: "has no seal"))
                continue
            }
            if let checkpoint, seal[3] as Int64 != checkpoint.position || (seal[4] as Data?).map({ [UInt8]($0) }) != checkpoint.positionHash {
                found.append(ReadModelMismatch(
                    table: table, detail: "is sealed at position \(seal[3] as Int64), not at the checkpoint's \(checkpoint.position)"))
                continue
            }
            let actual = countedOnly.contains(table)
                ? (count: try Int64.fetchOne(db, sql: "SELECT count(*) FROM \(table)") ?? 0, digest: UInt64(bitPattern: seal[2] as Int64))
                : try recompute(table, in: db)
            if actual.count != seal[1] as Int64 || Int64(bitPattern: actual.digest) != seal[2] as Int64 {
                let sealedCount: Int64 = seal[1]
                let counts = actual.count == sealedCount ? "" : " (\(actual.count) rows, sealed with \(sealedCount))"
                found.append(ReadModelMismatch(table: table, detail: "does not match its seal\(counts): it was changed outside strata"))
            }
        }
        return found
    }

    /// Throws the first mismatch a read would find among `tables`.
    static func checkForRead(_ tables: [String]? = nil, checkpoint: ProjectionCheckpoint?, in db: Database) throws {
        if let first = try mismatches(tables: tables, countedOnly: countedOnRead, checkpoint: checkpoint, in: db).first { throw first }
    }

    /// Seal triggers missing or not as migration 6 made them: the digests no longer follow the rows.
    private static func triggerMismatches(in db: Database) throws -> [ReadModelMismatch] {
        let present = Dictionary(
            try Row.fetchAll(db, sql: "SELECT name, tbl_name, sql FROM sqlite_master WHERE type = 'trigger' AND name LIKE 'rm\\_%\\_seal\\_%' ESCAPE '\\'")
                .map { ($0[0] as String, ($0[1] as String, ($0[2] as String?) ?? "")) },
            uniquingKeysWith: { first, _ in first })
        return ReadModelSeals.triggers.compactMap { trigger in
            guard let (table, definition) = present[trigger.name] else {
                return ReadModelMismatch(table: trigger.table, detail: "lost its seal trigger \(trigger.name)")
            }
            guard table == trigger.table, definition == trigger.sql else {
                return ReadModelMismatch(table: trigger.table, detail: "has a seal trigger \(trigger.name) that is not the one strata made")
            }
            return nil
        }
    }
}

extension ReadSide {
    /// Every read model and snapshot that does not match its seal, each table rehashed in full:
    /// what `strata verify` reports besides the chain.
    public func sealMismatches() throws -> [ReadModelMismatch] {
        try log.read { db in
            let checkpoint = try ProjectionCheckpoint.load(projection.name, in: db)
            var found = try ReadModelSeal.mismatches(checkpoint: checkpoint, in: db)
            let snapshots = try Row.fetchCursor(db, sql: "SELECT position, position_hash, tables, digest FROM rm_snapshots ORDER BY position")
            var fullDigests: [Int64: [UInt8]] = [:]   // a reference names an earlier full snapshot
            while let row = try snapshots.next() {
                let snapshot = Snapshot(position: row[0], tables: row[2])
                if let mismatch = snapshot.mismatch(digest: row[3], hash: [UInt8](row[1] as Data)) {
                    found.append(mismatch)
                } else if let reference = SnapshotReference(snapshot.tables) {
                    if let mismatch = reference.mismatch(of: snapshot.position, fullDigests: fullDigests) { found.append(mismatch) }
                } else {
                    fullDigests[snapshot.position] = (row[3] as Data?).map { [UInt8]($0) }
                }
            }
            return found
        }
    }
}
