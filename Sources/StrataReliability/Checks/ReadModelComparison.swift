import Foundation
@_spi(Tools) import StrataApp
import GRDB
import Strata
import StrataProjections

/// Compares every read model in a store with the same read model rebuilt from the log.
///
/// A read model is any table that is not the log or its bookkeeping, so models other
/// engineers add are covered without naming them here; only ``projections`` must list them.
enum ReadModelComparison {
    /// The projections a rebuild refolds: the application layer's inline read models.
    static var projections: [any Projection] { StrataStore.inlineProjections }

    /// Tables that are the log or its bookkeeping, not read models.
    static let bookkeeping: Set<String> = ["events", "schema_migrations", "store_meta", "projection_checkpoints"]

    /// Differences between the store at `path` and a rebuilt copy in `scratch`, one line per table.
    static func differences(store path: String, scratch: String) throws -> [String] {
        let copy = scratch + "/rebuild-\(UUID().uuidString).db"
        defer { for suffix in ["", "-wal", "-shm"] { unlink(copy + suffix) } }
        let original = try DatabaseQueue(path: path)
        try original.writeWithoutTransaction { db in try db.execute(sql: "VACUUM INTO ?", arguments: [copy]) }
        let before = try tables(in: original)
        try original.close()

        let rebuilt = try StrataStore.open(at: copy).log
        try ProjectionRunner(projections).rebuild(rebuilt)
        let after = try rebuilt.read { db in try tables(in: db) }

        var differences: [String] = []
        for name in Set(before.keys).union(after.keys).sorted() where before[name] != after[name] {
            let stored = before[name]?.count ?? 0, fresh = after[name]?.count ?? 0
            differences.append("read model \(name) differs from a rebuild (\(stored) rows stored, \(fresh) rebuilt)")
        }
        return differences
    }

    /// Read models the store keeps (by checkpoint) that ``projections`` does not rebuild: their
    /// tables are compared with themselves, so each one is a gap to close by listing it.
    static func unlisted(store path: String) throws -> [String] {
        let names = try DatabaseQueue(path: path).read { db in
            try String.fetchAll(db, sql: "SELECT projection FROM projection_checkpoints")
        }
        let listed = Set(projections.map(\.name))
        return names.filter { !listed.contains($0) }.map {
            "read model \($0) is not rebuilt by the harness; add it to ReadModelComparison.projections"
        }
    }

    private static func tables(in queue: DatabaseQueue) throws -> [String: [[DatabaseValue]]] {
        try queue.read { db in try tables(in: db) }
    }

    /// Every read-model table's rows, sorted, so row order never counts as a difference.
    ///
    /// A full-text table's segments (`_data`, `_idx`) are left out: their shape follows the
    /// history of writes (one append at a time merges differently from a refold in one
    /// transaction), not what is indexed. Its rows, content and sizes are compared.
    private static func tables(in db: Database) throws -> [String: [[DatabaseValue]]] {
        let fullText = try String.fetchAll(db, sql: "SELECT name FROM sqlite_master WHERE type = 'table' AND sql LIKE 'CREATE VIRTUAL TABLE%USING fts5%'")
        let segments = Set(fullText.flatMap { [$0 + "_data", $0 + "_idx"] })
        let names = try String.fetchAll(db, sql: "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")
            .filter { !bookkeeping.contains($0) && !segments.contains($0) }
        var result: [String: [[DatabaseValue]]] = [:]
        for name in names {
            let rows = try Row.fetchAll(db, sql: "SELECT * FROM \(name.quotedDatabaseIdentifier)")
            result[name] = rows.map { Array($0.databaseValues) }.sorted { $0.lexicographicallyPrecedes($1, by: precedes) }
        }
        return result
    }

    private static func precedes(_ a: DatabaseValue, _ b: DatabaseValue) -> Bool {
        a.description < b.description
    }
}
