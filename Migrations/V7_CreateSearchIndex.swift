/// Adds the full-text search read model: every revision of every decision's text in an FTS5
/// index, each with the span of log positions in which it was the decision's current text, so a
/// search can be cut "as of" any moment without a fold.
///
/// `search_index` holds the text, one column per part a reader searches (title, the problem and
/// its context, the decision, consequences, options, the reasons and review comments, tags);
/// Porter stemming lets "caching" find "cache". `search_docs` gives each row its decision and
/// positions; `search_contexts` the names of contexts, so the index needs no other read model.
/// The search checkpoint starts empty: the first command that can write folds the log into it.
enum V7_CreateSearchIndex {
    static let migration = Migration(version: 7, name: "v7-create-search-index", sql: SearchIndexSchema.tables)
}

/// The search read model's tables, shipped with migration 7 and created in memory for a store
/// that cannot be written. Never edit: a later change is a new migration.
public enum SearchIndexSchema {
    public static let tables = """
        CREATE VIRTUAL TABLE search_index USING fts5(
          title, context, decision, consequences, options, reasons, tags,
          tokenize = 'porter unicode61 remove_diacritics 2'
        );

        CREATE TABLE search_docs (
          doc           INTEGER PRIMARY KEY,
          decision_id   TEXT    NOT NULL,
          short_id      TEXT    NOT NULL,
          number        INTEGER NOT NULL,
          status        TEXT    NOT NULL,
          context_id    TEXT,
          from_position INTEGER NOT NULL,
          to_position   INTEGER
        ) STRICT;
        CREATE INDEX search_docs_current ON search_docs (decision_id) WHERE to_position IS NULL;

        CREATE TABLE search_contexts (
          context_id TEXT PRIMARY KEY NOT NULL,
          name       TEXT NOT NULL
        ) STRICT;
        """
}
