/// One step of the store's schema, identified by its version.
///
/// A migration is never edited once it has shipped: stores in the field were built from
/// its exact text, and the migrator refuses to open a store whose recorded checksum for an
/// applied version differs from the text compiled into this build.
public struct Migration: Sendable {
    /// The schema version the store has after this migration ran (1-based, gapless).
    public let version: Int
    /// A stable, human-readable identifier, such as `v1-create-event-log`.
    public let name: String
    /// The SQL run in one transaction. Raw table names only: migrations never depend on app types.
    public let sql: String

    public init(version: Int, name: String, sql: String) {
        self.version = version
        self.name = name
        self.sql = sql
    }
}
