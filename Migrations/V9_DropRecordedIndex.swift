/// Drops the index of events by record time: every append paid for a sixth secondary entry
/// (and a page of its own in each commit's WAL frames) to serve one query, the instant a time
/// cut stands for.
///
/// That query no longer needs it. The insert trigger keeps `recorded_at` from going backwards
/// along `position`, and positions are gapless, so the last event recorded by an instant is
/// found by bisecting positions through the primary key (``SQLiteEventLog`` does, about 20
/// lookups in a million events) instead of reading an index written on every append.
enum V9_DropRecordedIndex {
    static let migration = Migration(version: 9, name: "v9-drop-recorded-index", sql: """
        DROP INDEX events_by_recorded;
        """)
}
