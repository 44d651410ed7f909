import Foundation
import GRDB

/// The rows of read-model tables as typed text, each table ordered by all its columns: two
/// dumps are equal exactly when the tables hold the same rows with the same values and types.
struct ReadModelDump: Equatable, CustomStringConvertible {
    /// Table name → rows, each row one text per column (`i:`, `r:`, `t:`, `b:` or `NULL`).
    var tables: [String: [[String]]]

    /// Kept out of comparisons with a build that has no history: flags and snapshots.
    static let bookkeeping: Set<String> = ["rm_state", "rm_snapshots", "rm_seals"]

    /// Every `rm_*` table of `db` except `excluded`.
    static func of(_ db: Database, excluding excluded: Set<String> = []) throws -> ReadModelDump {
        let names = try String.fetchAll(
            db, sql: "SELECT name FROM sqlite_master WHERE type = 'table' AND name LIKE 'rm\\_%' ESCAPE '\\' ORDER BY name")
        var tables: [String: [[String]]] = [:]
        for name in names where !excluded.contains(name) {
            let width = try Int.fetchOne(db, sql: "SELECT count(*) FROM pragma_table_info(?)", arguments: [name]) ?? 1
            let order = (1...max(1, width)).map(String.init).joined(separator: ", ")
            tables[name] = try Row.fetchAll(db, sql: "SELECT * FROM \(name) ORDER BY \(order)").map { row in
                row.databaseValues.map(Self.text)
            }
        }
        return ReadModelDump(tables: tables)
    }

    /// The number of rows over all tables.
    var rowCount: Int { tables.values.reduce(0) { $0 + $1.count } }

    /// The first difference per table, for a failure message.
    func differences(from other: ReadModelDump) -> String {
        let names = Set(tables.keys).union(other.tables.keys).sorted()
        return names.compactMap { name -> String? in
            let mine = tables[name] ?? [], theirs = other.tables[name] ?? []
            guard mine != theirs else { return nil }
            let index = mine.indices.first { $0 >= theirs.count || mine[$0] != theirs[$0] } ?? mine.count
            let left = index < mine.count ? mine[index].joined(separator: " | ") : "(no row)"
            let right = index < theirs.count ? theirs[index].joined(separator: " | ") : "(no row)"
            return "\(name): \(mine.count) vs \(theirs.count) rows; row \(index): \(left)  ≠  \(right)"
        }.joined(separator: "\n")
    }

    var description: String { "\(tables.count) tables, \(rowCount) rows" }

    private static func text(_ value: DatabaseValue) -> String {
        switch value.storage {
        case .null: "NULL"
        case .int64(let number): "i:\(number)"
        case .double(let number): "r:\(number)"
        case .string(let text): "t:\(text)"
        case .blob(let data): "b:" + data.map { String(format: "%02x", $0) }.joined()
        }
    }
}
