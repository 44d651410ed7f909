/// The `entity_index` read model: one row per domain entity, mapping its short id to its stream.
///
/// Owned by `EntityIndexProjection` (name `entityIndex`); rebuilt from the log whenever the
/// projection's version changes, so it holds nothing the log does not.
enum V2_CreateEntityIndex {
    static let migration = Migration(version: 2, name: "v2-create-entity-index", sql: sql)

    private static let sql = """
        CREATE TABLE entity_index (
          short_id   TEXT    PRIMARY KEY NOT NULL,
          kind       TEXT    NOT NULL,
          number     INTEGER NOT NULL,
          entity_id  TEXT    NOT NULL UNIQUE,
          stream_id  TEXT    NOT NULL UNIQUE,
          title      TEXT    NOT NULL,
          status     TEXT    NOT NULL,
          created_at INTEGER NOT NULL,
          updated_at INTEGER NOT NULL,
          position   INTEGER NOT NULL
        ) STRICT;

        CREATE INDEX entity_index_kind ON entity_index (kind, number);
        """
}
