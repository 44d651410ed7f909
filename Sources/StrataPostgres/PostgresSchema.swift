import StrataMigrations

/// The team store's schema, as versioned migrations embedded in the build.
///
/// The same discipline as the SQLite store's ``SchemaMigrator``: a shipped migration is never
/// edited, each applied one is listed in `strata_migrations` with its checksum, and a store
/// whose schema is newer than this build's, or built from a different text, is refused.
///
/// Tables are named like the SQLite store's where they hold the same thing (`events`), and
/// prefixed `strata_` elsewhere, so a database administrator can tell them apart at a glance.
enum PostgresSchema {
    /// Every migration, in order. Append only; never edit or reorder.
    static let migrations: [Migration] = [v1]

    static var latestVersion: Int { migrations.last?.version ?? 0 }

    /// The events table, its identity row, immutability and continuity triggers, and the lock
    /// function appenders take.
    static let v1 = Migration(version: 1, name: "v1-create-event-log", sql: """
        CREATE TABLE strata_migrations (
          version    bigint      PRIMARY KEY,
          name       text        NOT NULL,
          checksum   text        NOT NULL,
          applied_at timestamptz NOT NULL DEFAULT clock_timestamp()
        );

        CREATE TABLE strata_store (
          store_id     text   PRIMARY KEY,
          created_at   bigint NOT NULL,
          hash_alg     text   NOT NULL CHECK (hash_alg = 'sha256'),
          genesis_hash bytea  NOT NULL CHECK (length(genesis_hash) = 32)
        );
        CREATE UNIQUE INDEX strata_store_single_row ON strata_store ((true));

        CREATE TABLE events (
          position       bigint PRIMARY KEY CHECK (position >= 1),
          event_id       text   NOT NULL UNIQUE CHECK (length(event_id) = 36),
          stream_id      text   NOT NULL CHECK (length(stream_id) BETWEEN 1 AND 200),
          category       text   NOT NULL CHECK (length(category) >= 1),
          stream_version bigint NOT NULL CHECK (stream_version >= 1),
          event_type     text   NOT NULL CHECK (length(event_type) BETWEEN 1 AND 100),
          schema_version bigint NOT NULL CHECK (schema_version >= 1),
          data           text   NOT NULL,
          metadata       text   NOT NULL,
          recorded_at    bigint NOT NULL,
          effective_at   bigint NOT NULL,
          prev_hash      bytea  NOT NULL CHECK (length(prev_hash) = 32),
          hash           bytea  NOT NULL CHECK (length(hash) = 32),
          UNIQUE (stream_id, stream_version)
        );
        CREATE INDEX events_by_category ON events (category, position);
        CREATE INDEX events_by_type ON events (event_type, position);
        CREATE INDEX events_by_recorded ON events (recorded_at, position);

        CREATE FUNCTION strata_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
          RAISE EXCEPTION 'the % table is append-only: % refused', TG_TABLE_NAME, TG_OP USING ERRCODE = 'SR001';
        END $$;

        CREATE TRIGGER events_no_update BEFORE UPDATE ON events
          FOR EACH ROW EXECUTE FUNCTION strata_refuse_change();
        CREATE TRIGGER events_no_delete BEFORE DELETE ON events
          FOR EACH ROW EXECUTE FUNCTION strata_refuse_change();
        CREATE TRIGGER events_no_truncate BEFORE TRUNCATE ON events
          FOR EACH STATEMENT EXECUTE FUNCTION strata_refuse_change();
        CREATE TRIGGER strata_store_no_update BEFORE UPDATE ON strata_store
          FOR EACH ROW EXECUTE FUNCTION strata_refuse_change();
        CREATE TRIGGER strata_store_no_delete BEFORE DELETE ON strata_store
          FOR EACH ROW EXECUTE FUNCTION strata_refuse_change();
        CREATE TRIGGER strata_store_no_truncate BEFORE TRUNCATE ON strata_store
          FOR EACH STATEMENT EXECUTE FUNCTION strata_refuse_change();

        -- Defence in depth against a writer other than Strata: a new row must extend the log
        -- (next position, the head's hash, time not going back) and its stream (next version).
        CREATE FUNCTION strata_insert_continues_log() RETURNS trigger LANGUAGE plpgsql AS $$
        DECLARE
          head_position bigint;
          head_hash bytea;
          head_recorded bigint;
          current_version bigint;
        BEGIN
          SELECT position, hash, recorded_at INTO head_position, head_hash, head_recorded
            FROM events ORDER BY position DESC LIMIT 1;
          IF head_position IS NULL THEN
            SELECT 0, genesis_hash, NEW.recorded_at INTO head_position, head_hash, head_recorded FROM strata_store;
          END IF;
          IF NEW.position IS DISTINCT FROM head_position + 1 OR NEW.prev_hash IS DISTINCT FROM head_hash
             OR NEW.recorded_at < head_recorded THEN
            RAISE EXCEPTION 'event % does not continue the log at position %', NEW.event_id, head_position
              USING ERRCODE = 'SR002';
          END IF;
          SELECT COALESCE(MAX(stream_version), 0) INTO current_version FROM events WHERE stream_id = NEW.stream_id;
          IF NEW.stream_version <> current_version + 1 THEN
            RAISE EXCEPTION 'event % does not continue stream % at version %', NEW.event_id, NEW.stream_id, current_version
              USING ERRCODE = 'SR002';
          END IF;
          RETURN NEW;
        END $$;
        CREATE TRIGGER events_insert_continues_log BEFORE INSERT ON events
          FOR EACH ROW EXECUTE FUNCTION strata_insert_continues_log();

        -- Appenders serialise on this lock, so positions are assigned in commit order. It runs
        -- with its owner's rights: LOCK TABLE in this mode needs more than the INSERT and
        -- SELECT a Strata role is granted, and readers (ACCESS SHARE) are never blocked.
        CREATE FUNCTION strata_lock_log() RETURNS void LANGUAGE sql SECURITY DEFINER SET search_path FROM CURRENT AS $$
          LOCK TABLE events IN EXCLUSIVE MODE;
        $$;
        """)

    /// The triggers verification expects, by name.
    static let triggers = [
        "events_no_update", "events_no_delete", "events_no_truncate", "events_insert_continues_log",
        "strata_store_no_update", "strata_store_no_delete", "strata_store_no_truncate",
    ]
}
