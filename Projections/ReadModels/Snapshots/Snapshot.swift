import Foundation
import GRDB
import Strata

/// A copy of the folded read-model tables at one log position, kept in `rm_snapshots`.
///
/// Stored as JSON text built and read by SQLite itself (one array of row arrays per table), so
/// taking and restoring one never decodes a row in Swift. Reals are written with 17 significant
/// digits so they come back bit-identical.
struct Snapshot {
    var position: Int64
    var tables: String

    /// Takes a snapshot after `event` when the policy says one is due.
    ///
    /// When nothing has folded into the snapshotted tables since the last full snapshot (a run
    /// of measurements, which are positional), the new one only refers to it: the same tables,
    /// without serialising and storing them again.
    static func takeIfDue(at event: RecordedEvent, policy: SnapshotPolicy, version: Int, in db: Database) throws {
        let last = try ReadModelState.value("snapshot_position", in: db) ?? 0
        let gap = try ReadModelState.value("snapshot_gap", in: db) ?? policy.stride
        guard event.position - last >= gap else { return }
        if try ReadModelState.value(ReadModelState.snapshotStale, in: db) == nil, let full = try SnapshotReference.lastFull(in: db) {
            try store(at: event, version: version, tables: full.text, in: db)
            try ReadModelState.set("snapshot_position", event.position, in: db)
            return
        }
        var parts: [String] = []
        var rows: Int64 = 0
        for table in ReadModelTables.folded {
            let columns = try SnapshotColumns.of(table, in: db)
            let row = try Row.fetchOne(db, sql: "SELECT json_group_array(json_array(\(columns.selectList))), count(*) FROM \(table)")
            parts.append("\"\(table)\":\(row?[0] as String? ?? "[]")")
            rows += row?[1] ?? 0
        }
        try store(at: event, version: version, tables: "{" + parts.joined(separator: ",") + "}", in: db)
        try ReadModelState.set("snapshot_position", event.position, in: db)
        try ReadModelState.set(SnapshotReference.fullPositionKey, event.position, in: db)
        try ReadModelState.set("snapshot_gap", max(policy.stride, rows), in: db)
        try ReadModelState.clear(ReadModelState.snapshotStale, in: db)
    }

    private static func store(at event: RecordedEvent, version: Int, tables: String, in db: Database) throws {
        try db.execute(
            sql: "INSERT OR REPLACE INTO rm_snapshots (position, position_hash, version, tables, digest) VALUES (?, ?, ?, ?, ?)",
            arguments: [event.position, Data(event.hash), version, tables, Data(digest(position: event.position, hash: event.hash, tables: tables))])
    }

    /// The newest snapshot at or before `position` that still matches the log there.
    ///
    /// - Throws: ``ReadModelMismatch`` when its contents no longer match the digest taken with them.
    static func latest(atOrBefore position: Int64, version: Int, in db: Database) throws -> Snapshot? {
        let sql = """
            SELECT s.position, s.tables, s.digest, s.position_hash FROM rm_snapshots s
            JOIN events e ON e.position = s.position AND e.hash = s.position_hash
            WHERE s.position <= ? AND s.version = ? ORDER BY s.position DESC LIMIT 1
            """
        guard let row = try Row.fetchOne(db, sql: sql, arguments: [position, version]) else { return nil }
        let snapshot = Snapshot(position: row[0], tables: row[1])
        if let mismatch = snapshot.mismatch(digest: row[2], hash: [UInt8](row[3] as Data)) { throw mismatch }
        guard let reference = SnapshotReference(snapshot.tables) else { return snapshot }
        return Snapshot(position: snapshot.position, tables: try reference.tables(for: snapshot.position, version: version, in: db))
    }

    /// The digest a snapshot is stored with: of its position, the hash there and its tables.
    static func digest(position: Int64, hash: [UInt8], tables: String) -> [UInt8] {
        SealFunction.digest(of: "\(position):\(Hex.encode(hash)):\(tables)")
    }

    /// Why this snapshot cannot be trusted, or nil when its digest holds.
    func mismatch(digest stored: Data?, hash: [UInt8]) -> ReadModelMismatch? {
        guard let stored, [UInt8](stored) == Self.digest(position: position, hash: hash, tables: tables) else {
            return ReadModelMismatch(table: "rm_snapshots@\(position)", detail: "does not match the digest taken with it: it was changed outside strata")
        }
        return nil
    }

    /// Loads the snapshot's rows into the (empty) read-model tables of `db`.
    func restore(into db: Database) throws {
        for table in ReadModelTables.folded {
            let columns = try SnapshotColumns.of(table, in: db)
            try db.execute(
                sql: "INSERT INTO \(table) (\(columns.names)) SELECT \(columns.extractList) FROM json_each(json_extract(?, ?))",
                arguments: [tables, "$.\(table)"])
        }
    }
}

/// The column lists a snapshot writes and reads for one table.
struct SnapshotColumns {
    var names: String
    var selectList: String
    var extractList: String

    static func of(_ table: String, in db: Database) throws -> SnapshotColumns {
        let columns = try Row.fetchAll(db, sql: "SELECT name, type FROM pragma_table_info(?) ORDER BY cid", arguments: [table])
        let names = columns.map { $0[0] as String }
        let select = columns.map { row -> String in
            let name: String = row[0]
            return (row[1] as String).uppercased() == "REAL" ? "CASE WHEN \(name) IS NULL THEN NULL ELSE printf('%!.17g', \(name)) END" : name
        }
        let extract = columns.enumerated().map { index, row -> String in
            (row[1] as String).uppercased() == "REAL" ? "CAST(value ->> \(index) AS REAL)" : "value ->> \(index)"
        }
        return SnapshotColumns(
            names: names.joined(separator: ", "), selectList: select.joined(separator: ", "),
            extractList: extract.joined(separator: ", "))
    }
}
