import GRDB
import Strata

/// Presents the store's `rm_measurements` as it stood at one moment, inside an as-of build.
///
/// The build's database attaches the store read-only in spirit (it only ever selects) and
/// shadows its own empty `rm_measurements` with a temporary view over the store's rows recorded
/// up to the cut, retractions included only when they were. Rows carry their recording and
/// retraction positions, so the view equals a fresh fold of the same prefix.
enum MeasurementsAsOf {
    static let schema = "strata_live"

    /// Attaches the store by `name` (``SQLiteEventLog/attachmentName``); call outside any transaction.
    static func attach(_ name: String, to db: Database) throws {
        try db.execute(sql: "ATTACH DATABASE ? AS \(schema)", arguments: [name])
    }

    /// Creates the view for `position`.
    static func createView(position: Int64, in db: Database) throws {
        let retracted = "(m.retracted_position <= \(position))"
        try db.execute(sql: """
            CREATE TEMP VIEW rm_measurements AS
            SELECT m.measurement_id, m.short_id, m.number, m.subject_kind, m.subject_id, m.metric, m.value, m.unit, m.target,
                   m.target_source, m.is_bottleneck, m.source, m.note, m.observed_at, m.recorded_at,
                   CASE WHEN \(retracted) THEN m.retraction END AS retraction,
                   m.recorded_position,
                   CASE WHEN \(retracted) THEN m.retracted_position END AS retracted_position,
                   CASE WHEN \(retracted) THEN m.retracted_effective_at END AS retracted_effective_at,
                   CASE WHEN \(retracted) THEN m.retracted_position ELSE m.recorded_position END AS position
            FROM \(schema).rm_measurements m
            WHERE m.recorded_position <= \(position)
            """)
    }
}
