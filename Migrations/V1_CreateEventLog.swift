/// The append-only event log, its identity row, the migration ledger and projection checkpoints.
///
/// Times are integer microseconds since the Unix epoch, UTC; the `event_log` view shows them
/// as ISO-8601 text for people browsing the file with the sqlite3 shell.
enum V1_CreateEventLog {
    static let migration = Migration(version: 1, name: "v1-create-event-log", sql: sql)

    private static let sql = """
        CREATE TABLE schema_migrations (
          version    INTEGER PRIMARY KEY,
          name       TEXT    NOT NULL,
          checksum   TEXT    NOT NULL,
          applied_at TEXT    NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
        ) STRICT;

        CREATE TABLE store_meta (
          store_id     TEXT    PRIMARY KEY NOT NULL,
          created_at   INTEGER NOT NULL,
          hash_alg     TEXT    NOT NULL CHECK (hash_alg = 'sha256'),
          genesis_hash BLOB    NOT NULL CHECK (length(genesis_hash) = 32)
        ) STRICT;

        CREATE TRIGGER store_meta_single_row BEFORE INSERT ON store_meta
        WHEN (SELECT count(*) FROM store_meta) > 0
        BEGIN SELECT RAISE(ABORT, 'store_meta holds exactly one row'); END;
        CREATE TRIGGER store_meta_no_update BEFORE UPDATE ON store_meta
        BEGIN SELECT RAISE(ABORT, 'store_meta is immutable'); END;
        CREATE TRIGGER store_meta_no_delete BEFORE DELETE ON store_meta
        BEGIN SELECT RAISE(ABORT, 'store_meta is immutable'); END;

        CREATE TABLE events (
          position       INTEGER PRIMARY KEY CHECK (position >= 1),
          event_id       TEXT    NOT NULL UNIQUE CHECK (length(event_id) = 36),
          stream_id      TEXT    NOT NULL CHECK (length(stream_id) BETWEEN 1 AND 200),
          category       TEXT    NOT NULL CHECK (length(category) >= 1),
          stream_version INTEGER NOT NULL CHECK (stream_version >= 1),
          event_type     TEXT    NOT NULL CHECK (length(event_type) BETWEEN 1 AND 100),
          schema_version INTEGER NOT NULL CHECK (schema_version >= 1),
          data           TEXT    NOT NULL CHECK (json_valid(data)),
          metadata       TEXT    NOT NULL CHECK (json_valid(metadata)),
          recorded_at    INTEGER NOT NULL,
          effective_at   INTEGER NOT NULL,
          prev_hash      BLOB    NOT NULL CHECK (length(prev_hash) = 32),
          hash           BLOB    NOT NULL CHECK (length(hash) = 32),
          UNIQUE (stream_id, stream_version),
          CHECK (stream_id = category OR substr(stream_id, 1, length(category) + 1) = category || '-')
        ) STRICT;

        CREATE INDEX events_by_category ON events (category, position);
        CREATE INDEX events_by_type     ON events (event_type, position);
        CREATE INDEX events_by_recorded ON events (recorded_at);

        CREATE TRIGGER events_no_update BEFORE UPDATE ON events
        BEGIN SELECT RAISE(ABORT, 'events are immutable: record a new event instead'); END;
        CREATE TRIGGER events_no_delete BEFORE DELETE ON events
        BEGIN SELECT RAISE(ABORT, 'events are append-only: nothing may be deleted'); END;

        -- Defence in depth against any writer other than Strata's appender: an insert must
        -- continue the log exactly. The event_id probe also stops INSERT OR REPLACE from
        -- deleting a row when recursive_triggers is off.
        CREATE TRIGGER events_insert_continues_log BEFORE INSERT ON events
        BEGIN
          SELECT RAISE(ABORT, 'event_id is already in the log')
           WHERE EXISTS (SELECT 1 FROM events WHERE event_id = NEW.event_id);
          SELECT RAISE(ABORT, 'position must equal head + 1')
           WHERE NEW.position IS NOT (SELECT COALESCE(MAX(position), 0) + 1 FROM events);
          SELECT RAISE(ABORT, 'stream_version must equal stream head + 1')
           WHERE NEW.stream_version IS NOT
                 (SELECT COALESCE(MAX(stream_version), 0) + 1 FROM events WHERE stream_id = NEW.stream_id);
          SELECT RAISE(ABORT, 'prev_hash must equal the chain head')
           WHERE NEW.prev_hash IS NOT COALESCE(
                 (SELECT hash FROM events ORDER BY position DESC LIMIT 1),
                 (SELECT genesis_hash FROM store_meta));
          SELECT RAISE(ABORT, 'recorded_at must not go backwards')
           WHERE NEW.recorded_at < COALESCE((SELECT recorded_at FROM events ORDER BY position DESC LIMIT 1), 0);
        END;

        CREATE VIEW event_log AS
        SELECT position, event_id, stream_id, stream_version, event_type, schema_version,
               strftime('%Y-%m-%dT%H:%M:%fZ', recorded_at / 1000000.0, 'unixepoch') AS recorded_at,
               strftime('%Y-%m-%dT%H:%M:%fZ', effective_at / 1000000.0, 'unixepoch') AS effective_at,
               data, metadata, lower(hex(prev_hash)) AS prev_hash, lower(hex(hash)) AS hash
          FROM events;

        CREATE TABLE projection_checkpoints (
          projection        TEXT    PRIMARY KEY NOT NULL,
          projector_version INTEGER NOT NULL,
          position          INTEGER NOT NULL CHECK (position >= 0),
          position_hash     BLOB,
          updated_at        INTEGER NOT NULL
        ) STRICT;
        """
}
