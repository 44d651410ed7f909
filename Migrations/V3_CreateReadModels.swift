/// The read models of the CQRS side: current architecture, decision history, measurement
/// timeline and justification audit, plus snapshots of their state for fast time travel.
///
/// Owned by `ReadModelProjection` (name `readModels`). Every row is a fold of the log, so the
/// tables can be dropped and rebuilt at any time; times are microseconds since the Unix epoch,
/// UTC, like the event log's. ``ReadModelSchema/tables`` is the same DDL, run again in memory
/// for as-of queries, so live and past read models always have one shape.
enum V3_CreateReadModels {
    static let migration = Migration(version: 3, name: "v3-create-read-models", sql: ReadModelSchema.tables)
}

/// The read models' DDL, shared by the store's migration and the in-memory as-of builder.
public enum ReadModelSchema {
    /// Every read-model table, in dependency order. Never edit: it is migration 3's checksum.
    public static let tables = """
        CREATE TABLE rm_contexts (
          context_id  TEXT    PRIMARY KEY NOT NULL,
          short_id    TEXT    NOT NULL,
          number      INTEGER NOT NULL,
          name        TEXT    NOT NULL,
          description TEXT    NOT NULL,
          status      TEXT    NOT NULL,
          defined_at  INTEGER NOT NULL,
          retired_at  INTEGER,
          position    INTEGER NOT NULL
        ) STRICT;

        CREATE TABLE rm_workloads (
          workload_id  TEXT    PRIMARY KEY NOT NULL,
          short_id     TEXT    NOT NULL,
          number       INTEGER NOT NULL,
          context_id   TEXT    NOT NULL,
          name         TEXT    NOT NULL,
          profile      TEXT    NOT NULL,
          latency_p99_ms_target    REAL,
          reads_per_second_target  REAL,
          writes_per_second_target REAL,
          revision     INTEGER NOT NULL,
          status       TEXT    NOT NULL,
          added_at     INTEGER NOT NULL,
          revised_at   INTEGER,
          retired_at   INTEGER,
          position     INTEGER NOT NULL
        ) STRICT;

        CREATE TABLE rm_stores (
          store_id       TEXT    PRIMARY KEY NOT NULL,
          short_id       TEXT    NOT NULL,
          number         INTEGER NOT NULL,
          name           TEXT    NOT NULL,
          technology     TEXT    NOT NULL,
          category       TEXT    NOT NULL,
          context_id     TEXT    NOT NULL,
          role           TEXT    NOT NULL,
          status         TEXT    NOT NULL,
          adopted_by     TEXT    NOT NULL,
          adopted_at     INTEGER NOT NULL,
          adopted_position INTEGER NOT NULL,
          retired_by     TEXT,
          retired_at     INTEGER,
          read_replicas  INTEGER NOT NULL DEFAULT 0,
          cache_in_front INTEGER NOT NULL DEFAULT 0,
          read_models    TEXT    NOT NULL DEFAULT '[]',
          shard_strategy TEXT,
          shard_key      TEXT,
          scaled_up_to   TEXT,
          justifications TEXT    NOT NULL,
          cited_patterns TEXT    NOT NULL,
          position       INTEGER NOT NULL
        ) STRICT;

        CREATE TABLE rm_store_workloads (
          store_id    TEXT    NOT NULL,
          workload_id TEXT    NOT NULL,
          decision_id TEXT    NOT NULL,
          since       INTEGER NOT NULL,
          PRIMARY KEY (store_id, workload_id)
        ) STRICT, WITHOUT ROWID;

        CREATE TABLE rm_store_changes (
          position     INTEGER NOT NULL,
          store_id     TEXT    NOT NULL,
          change       TEXT    NOT NULL,
          detail       TEXT    NOT NULL,
          scaling_step TEXT,
          decision_id  TEXT    NOT NULL,
          recorded_at  INTEGER NOT NULL,
          effective_at INTEGER NOT NULL,
          PRIMARY KEY (position, store_id, change)
        ) STRICT, WITHOUT ROWID;
        CREATE INDEX rm_store_changes_store ON rm_store_changes (store_id, position);

        CREATE TABLE rm_decisions (
          decision_id  TEXT    PRIMARY KEY NOT NULL,
          short_id     TEXT    NOT NULL,
          number       INTEGER NOT NULL,
          title        TEXT    NOT NULL,
          status       TEXT    NOT NULL,
          context_id   TEXT,
          content      TEXT    NOT NULL,
          proposed_by  TEXT    NOT NULL,
          proposed_at  INTEGER NOT NULL,
          recorded_at  INTEGER NOT NULL,
          status_at    INTEGER NOT NULL,
          accepted_at  INTEGER,
          position     INTEGER NOT NULL
        ) STRICT;
        CREATE INDEX rm_decisions_number ON rm_decisions (number);

        CREATE TABLE rm_decision_timeline (
          position     INTEGER NOT NULL,
          decision_id  TEXT    NOT NULL,
          change       TEXT    NOT NULL,
          status       TEXT    NOT NULL,
          actor        TEXT    NOT NULL,
          reason       TEXT    NOT NULL,
          recorded_at  INTEGER NOT NULL,
          effective_at INTEGER NOT NULL,
          PRIMARY KEY (position, decision_id)
        ) STRICT, WITHOUT ROWID;
        CREATE INDEX rm_decision_timeline_decision ON rm_decision_timeline (decision_id, position);

        CREATE TABLE rm_decision_links (
          decision_id TEXT    NOT NULL,
          type        TEXT    NOT NULL,
          target_id   TEXT    NOT NULL,
          note        TEXT,
          origin      TEXT    NOT NULL,
          position    INTEGER NOT NULL,
          PRIMARY KEY (decision_id, type, target_id)
        ) STRICT, WITHOUT ROWID;
        CREATE INDEX rm_decision_links_target ON rm_decision_links (target_id);

        CREATE TABLE rm_decision_facets (
          decision_id TEXT NOT NULL,
          facet       TEXT NOT NULL,
          value       TEXT NOT NULL,
          PRIMARY KEY (decision_id, facet, value)
        ) STRICT, WITHOUT ROWID;
        CREATE INDEX rm_decision_facets_value ON rm_decision_facets (facet, value);

        CREATE TABLE rm_measurements (
          measurement_id    TEXT    PRIMARY KEY NOT NULL,
          short_id          TEXT    NOT NULL,
          number            INTEGER NOT NULL,
          subject_kind      TEXT    NOT NULL,
          subject_id        TEXT    NOT NULL,
          metric            TEXT    NOT NULL,
          value             REAL    NOT NULL,
          unit              TEXT    NOT NULL,
          target            REAL,
          target_source     TEXT,
          is_bottleneck     INTEGER NOT NULL,
          source            TEXT    NOT NULL,
          note              TEXT,
          observed_at       INTEGER NOT NULL,
          recorded_at       INTEGER NOT NULL,
          retraction        TEXT,
          recorded_position INTEGER NOT NULL,
          retracted_position     INTEGER,
          retracted_effective_at INTEGER,
          position          INTEGER NOT NULL
        ) STRICT;
        CREATE INDEX rm_measurements_recorded ON rm_measurements (recorded_position);
        CREATE INDEX rm_measurements_subject ON rm_measurements (subject_id, metric, observed_at);

        CREATE TABLE rm_advice (
          advice_id      TEXT    PRIMARY KEY NOT NULL,
          workload_id    TEXT,
          workload_name  TEXT    NOT NULL,
          top_technology TEXT    NOT NULL,
          advice         TEXT    NOT NULL,
          actor          TEXT    NOT NULL,
          recorded_at    INTEGER NOT NULL,
          position       INTEGER NOT NULL
        ) STRICT;
        CREATE INDEX rm_advice_workload ON rm_advice (workload_id, position);

        CREATE TABLE rm_audit_stores (
          store_id   TEXT PRIMARY KEY NOT NULL,
          verdict    TEXT NOT NULL,
          evidence   TEXT NOT NULL,
          notes      TEXT NOT NULL
        ) STRICT;

        CREATE TABLE rm_audit_findings (
          seq      INTEGER PRIMARY KEY NOT NULL,
          code     TEXT    NOT NULL,
          rule     TEXT    NOT NULL,
          text     TEXT    NOT NULL,
          store_id TEXT
        ) STRICT;

        CREATE TABLE rm_state (
          key   TEXT PRIMARY KEY NOT NULL,
          value INTEGER NOT NULL
        ) STRICT;

        CREATE TABLE rm_snapshots (
          position      INTEGER PRIMARY KEY NOT NULL,
          position_hash BLOB    NOT NULL,
          version       INTEGER NOT NULL,
          tables        TEXT    NOT NULL
        ) STRICT;
        """
}
