/// Adds `log_watermark`: the furthest position (and its hash) any append or rebuild has seen.
///
/// A log whose tail was deleted, or an old backup copied over the file, is a shorter but sound
/// chain; only something that remembers the longer one can tell. Checkpoints did, until the
/// next catch-up refolded them; this row only ever moves forward, so every command can refuse
/// a log that lost or replaced events it already held. Seeded from the head, or from a
/// checkpoint that saw further, so a truncation that happened before the upgrade stays evident.
enum V5_CreateLogWatermark {
    static let migration = Migration(version: 5, name: "v5-create-log-watermark", sql: sql)

    private static let sql = """
        CREATE TABLE log_watermark (
          id         INTEGER PRIMARY KEY CHECK (id = 1),
          position   INTEGER NOT NULL CHECK (position >= 0),
          hash       BLOB    CHECK (hash IS NULL OR length(hash) = 32),
          updated_at INTEGER NOT NULL
        ) STRICT;

        INSERT INTO log_watermark (id, position, hash, updated_at)
        SELECT 1, position, hash, CAST(strftime('%s', 'now') AS INTEGER) * 1000000 FROM (
          SELECT position, hash FROM events WHERE position = (SELECT MAX(position) FROM events)
          UNION ALL SELECT position, position_hash FROM projection_checkpoints
          UNION ALL SELECT 0, NULL
        ) ORDER BY position DESC LIMIT 1;

        CREATE TRIGGER log_watermark_never_lowers BEFORE UPDATE ON log_watermark
        WHEN NEW.position < OLD.position
        BEGIN SELECT RAISE(ABORT, 'the log watermark only moves forward'); END;
        CREATE TRIGGER log_watermark_no_delete BEFORE DELETE ON log_watermark
        BEGIN SELECT RAISE(ABORT, 'the log watermark cannot be deleted'); END;
        """
}
