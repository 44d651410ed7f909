import Foundation
import GRDB
import StrataMigrations

/// The cases a tamper run tries, built from the store's own schema so every sealed table is covered.
enum TamperCases {
    static let logTriggers = ["events_no_update", "events_no_delete", "events_insert_continues_log"]
    static let dropLogTriggers = logTriggers.map { "DROP TRIGGER \($0);" }.joined()

    static func all(in db: Database) throws -> [TamperCase] {
        var cases: [TamperCase] = []
        for (table, columns) in ReadModelSeals.columns {
            guard let edit = try edit(table, in: db), let key = columns.first else { continue }
            let update = try String.fetchOne(db, sql: "SELECT sql FROM sqlite_master WHERE name = ?", arguments: ["\(table)_seal_update"]) ?? ""
            // Measurements are checked by count on every read and by digest in verify.
            let behind: TamperCase.Expectation = table == "rm_measurements"
                ? .verifyFails(mentioning: "BROKEN read model: \(table)") : .readsRefuse(code: "read-model-mismatch")
            cases.append(TamperCase(name: "\(table): a row edited by a plain client", sql: edit, expected: .editRefused))
            cases.append(TamperCase(
                name: "\(table): a row edited behind its seal", sql: "DROP TRIGGER \(table)_seal_update; \(edit); \(update);", expected: behind))
            cases.append(TamperCase(
                name: "\(table): a row deleted behind its seal",
                sql: "DROP TRIGGER \(table)_seal_delete; DELETE FROM \(table) WHERE \(key) = (SELECT \(key) FROM \(table) LIMIT 1);",
                expected: .readsRefuse(code: "read-model-mismatch")))
            cases.append(TamperCase(
                name: "\(table): its seal trigger replaced by a no-op",
                sql: "DROP TRIGGER \(table)_seal_insert; CREATE TRIGGER \(table)_seal_insert AFTER INSERT ON \(table) BEGIN SELECT 1; END;",
                expected: .readsRefuse(code: "read-model-mismatch")))
        }
        cases += [
            TamperCase(name: "rm_seals: a seal rewritten", sql: "UPDATE rm_seals SET digest = digest + 1 WHERE table_name = 'rm_stores'",
                       expected: .readsRefuse(code: "read-model-mismatch")),
            TamperCase(name: "rm_snapshots: a snapshot's tables edited",
                       sql: "UPDATE rm_snapshots SET tables = replace(tables, 'postgresql', 'mongodb')",
                       expected: .verifyFails(mentioning: "BROKEN read model: rm_snapshots@")),
            TamperCase(name: "rm_snapshots: the full snapshots a reference names deleted",
                       sql: "DELETE FROM rm_snapshots WHERE tables NOT LIKE '@%'",
                       expected: .verifyFails(mentioning: "refers to the snapshot at position")),
            TamperCase(name: "events: the log's triggers dropped", sql: dropLogTriggers,
                       expected: .verifyWarns(mentioning: "is missing")),
            TamperCase(name: "events: a log trigger replaced by a no-op",
                       sql: "DROP TRIGGER events_no_delete; CREATE TRIGGER events_no_delete BEFORE DELETE ON events BEGIN SELECT 1; END;",
                       expected: .verifyWarns(mentioning: "is not the one this store was created with")),
            TamperCase(name: "events: a payload edited", sql: dropLogTriggers + "UPDATE events SET data = json_set(data, '$.tampered', 1) WHERE position = 5",
                       expected: .verifyFails(mentioning: "BROKEN at position")),
            TamperCase(name: "events: the tail deleted", sql: dropLogTriggers + "DELETE FROM events WHERE position > (SELECT MAX(position) - 3 FROM events)",
                       expected: .readsRefuse(code: "log-discontinuous")),
            TamperCase(name: "log_watermark: lowered with the tail deleted",
                       sql: dropLogTriggers + """
                           DROP TRIGGER log_watermark_never_lowers;
                           DELETE FROM events WHERE position > (SELECT MAX(position) - 3 FROM events);
                           UPDATE log_watermark SET position = (SELECT MAX(position) FROM events), hash = (SELECT hash FROM events ORDER BY position DESC LIMIT 1);
                           """,
                       expected: .anchorsFail),
            TamperCase(name: "events: every payload rewritten and the chain recomputed",
                       sql: dropLogTriggers + "UPDATE events SET data = replace(data, 'postgresql', 'mongodb')",
                       expected: .anchorsFail, rechain: true),
        ]
        return cases
    }

    /// An update that changes one value (the last column any row fills) of the rows holding the
    /// first such value; nil for an empty table. Some tables have no rowid, so rows are picked by value.
    private static func edit(_ table: String, in db: Database) throws -> String? {
        guard try Int.fetchOne(db, sql: "SELECT count(*) FROM \(table)") ?? 0 > 0 else { return nil }
        let columns = try Row.fetchAll(db, sql: "SELECT name, type FROM pragma_table_info(?) ORDER BY cid", arguments: [table])
        for column in columns.reversed() {
            let name: String = column[0]
            let type = (column[1] as String).uppercased()
            let value = "(SELECT \(name) FROM \(table) WHERE \(name) IS NOT NULL LIMIT 1)"
            guard try Int.fetchOne(db, sql: "SELECT \(value) IS NOT NULL") == 1 else { continue }
            let changed = type == "TEXT" ? "\(name) || '~'" : "\(name) + 1"
            return "UPDATE \(table) SET \(name) = \(changed) WHERE \(name) = \(value)"
        }
        return nil
    }
}
