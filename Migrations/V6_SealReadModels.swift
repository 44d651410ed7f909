/// Seals the read models: `rm_seals` keeps, per table, a running digest of its rows that
/// triggers update on every insert, update and delete, and each snapshot gets a digest.
///
/// A read model edited outside Strata (`UPDATE rm_audit_stores SET verdict = 'justified'`)
/// would otherwise be trusted by every read, and an audit used as a CI gate flipped without
/// touching the chain. The triggers call `strata_seal_step`, a function only Strata's own
/// connections define, so another client's edit fails outright; one made with the triggers
/// dropped leaves the digest behind, and the next read that recomputes it refuses. Being
/// incremental, a later append never re-seals (and so launders) an edited table.
///
/// The read-model checkpoint is cleared, so the next command refolds the tables and seals them.
enum V6_SealReadModels {
    static let migration = Migration(version: 6, name: "v6-seal-read-models", sql: sql)

    private static let sql = ReadModelSeals.additions + """
        DELETE FROM projection_checkpoints WHERE projection = 'readModels';
        """
}

/// The sealed tables, their columns in table order, and the DDL that seals them.
public enum ReadModelSeals {
    /// Every sealed read-model table and its columns, in `PRAGMA table_info` order: a trigger
    /// and a recomputation must serialise a row the same way. Append here when a migration
    /// adds a column, with new triggers; never edit what shipped.
    public static let columns: [(table: String, columns: [String])] = [
        ("rm_contexts", ["context_id", "short_id", "number", "name", "description", "status", "defined_at", "retired_at", "position"]),
        ("rm_workloads", ["workload_id", "short_id", "number", "context_id", "name", "profile", "latency_p99_ms_target",
                          "reads_per_second_target", "writes_per_second_target", "revision", "status", "added_at",
                          "revised_at", "retired_at", "position"]),
        ("rm_stores", ["store_id", "short_id", "number", "name", "technology", "category", "context_id", "role", "status",
                       "adopted_by", "adopted_at", "adopted_position", "retired_by", "retired_at", "read_replicas",
                       "cache_in_front", "read_models", "shard_strategy", "shard_key", "scaled_up_to", "justifications",
                       "cited_patterns", "position"]),
        ("rm_store_workloads", ["store_id", "workload_id", "decision_id", "since"]),
        ("rm_store_changes", ["position", "store_id", "change", "detail", "scaling_step", "decision_id", "recorded_at", "effective_at"]),
        ("rm_decisions", ["decision_id", "short_id", "number", "title", "status", "context_id", "content", "proposed_by",
                          "proposed_at", "recorded_at", "status_at", "accepted_at", "position"]),
        ("rm_decision_timeline", ["position", "decision_id", "change", "status", "actor", "reason", "recorded_at", "effective_at"]),
        ("rm_decision_links", ["decision_id", "type", "target_id", "note", "origin", "position"]),
        ("rm_decision_facets", ["decision_id", "facet", "value"]),
        ("rm_advice", ["advice_id", "workload_id", "workload_name", "top_technology", "advice", "actor", "recorded_at", "position"]),
        ("rm_measurements", ["measurement_id", "short_id", "number", "subject_kind", "subject_id", "metric", "value", "unit",
                             "target", "target_source", "is_bottleneck", "source", "note", "observed_at", "recorded_at",
                             "retraction", "recorded_position", "retracted_position", "retracted_effective_at", "position"]),
        ("rm_audit_stores", ["store_id", "verdict", "evidence", "notes"]),
        ("rm_audit_findings", ["seq", "code", "rule", "text", "store_id"]),
    ]

    /// How one row is serialised for its digest: SQLite's own JSON array of its columns.
    public static func rowJSON(_ columns: [String], prefix: String = "") -> String {
        "json_array(" + columns.map { prefix + $0 }.joined(separator: ", ") + ")"
    }

    /// `rm_seals`, with one zeroed row per sealed table.
    public static let tableDDL: String = """
        CREATE TABLE rm_seals (
          table_name    TEXT    PRIMARY KEY NOT NULL,
          row_count     INTEGER NOT NULL,
          digest        INTEGER NOT NULL,
          position      INTEGER NOT NULL,
          position_hash BLOB
        ) STRICT;

        """ + columns.map { "INSERT INTO rm_seals VALUES ('\($0.table)', 0, 0, 0, NULL);\n" }.joined()

    /// One seal trigger: its name, its table, and its statement exactly as SQLite keeps it in
    /// `sqlite_master` (no trailing semicolon), so a check compares text without parsing it.
    public struct Trigger: Sendable {
        public var name: String
        public var table: String
        public var sql: String
    }

    /// The triggers that keep the seals, three per table.
    public static let triggers: [Trigger] = columns.flatMap { entry -> [Trigger] in
        let step = { (sign: String, row: String) in
            "UPDATE rm_seals SET row_count = row_count \(sign) 1, digest = strata_seal_step(digest, \(sign)1, '\(entry.table)', \(row)) WHERE table_name = '\(entry.table)';"
        }
        let new = rowJSON(entry.columns, prefix: "NEW.")
        let old = rowJSON(entry.columns, prefix: "OLD.")
        let bodies = [("insert", step("+", new)), ("update", "\(step("-", old)) \(step("+", new))"), ("delete", step("-", old))]
        return bodies.map { event, body in
            let name = "\(entry.table)_seal_\(event)"
            return Trigger(
                name: name, table: entry.table,
                sql: "CREATE TRIGGER \(name) AFTER \(event.uppercased()) ON \(entry.table) BEGIN \(body) END")
        }
    }

    /// The names of the triggers that keep the seals.
    public static let triggerNames: [String] = triggers.map(\.name)

    /// The triggers that keep every table's seal current.
    public static let triggerDDL: String = triggers.map { $0.sql + ";\n" }.joined()

    /// What migration 6 adds to migration 3's tables: run again when the tables are recreated.
    public static let additions: String = tableDDL + triggerDDL + "ALTER TABLE rm_snapshots ADD COLUMN digest BLOB;\n"

    /// Drops the seal triggers, for a reset that empties every table at once.
    public static let dropTriggers: String = triggerNames.map { "DROP TRIGGER IF EXISTS \($0);\n" }.joined()
}
