/// Drops `entity_index`: no use case read it, every append wrote it, and the read models
/// (`rm_contexts`, `rm_workloads`, `rm_stores`, `rm_measurements`, `rm_decisions`) hold the
/// same short ids, titles and statuses, answerable as of any moment. Its checkpoint goes with
/// it, so nothing remembers a projection that no longer exists.
enum V4_DropEntityIndex {
    static let migration = Migration(version: 4, name: "v4-drop-entity-index", sql: sql)

    private static let sql = """
        DROP INDEX entity_index_kind;
        DROP TABLE entity_index;
        DELETE FROM projection_checkpoints WHERE projection = 'entityIndex';
        """
}
