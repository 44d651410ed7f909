import Foundation
import GRDB

/// The measurement indexes a full refold drops first and builds once at the end.
///
/// Keeping them current row by row cost a full rebuild more than sorting half a million rows
/// once. The definitions must match migrations 3 and 8 exactly; a test compares them with a new store.
enum DeferredIndexes {
    static let definitions = [
        "CREATE INDEX rm_measurements_recorded ON rm_measurements (recorded_position)",
        "CREATE INDEX rm_measurements_subject ON rm_measurements (subject_id, metric, observed_at)",
        "CREATE INDEX rm_measurements_bottlenecks ON rm_measurements (subject_id, is_bottleneck) WHERE is_bottleneck = 1",
    ]

    /// The `rm_state` key set while the indexes are dropped.
    static let flag = "indexes_deferred"

    /// Drops the indexes ahead of a refold from position 0, which always ends in ``restore(in:)``.
    static func drop(in db: Database) throws {
        for definition in definitions { try db.execute(sql: "DROP INDEX IF EXISTS \(name(definition))") }
        try ReadModelState.set(flag, 1, in: db)
    }

    /// Builds the dropped indexes again; called when ``flag`` is set.
    static func restore(in db: Database) throws {
        for definition in definitions {
            try db.execute(sql: definition.replacingOccurrences(of: "CREATE INDEX ", with: "CREATE INDEX IF NOT EXISTS "))
        }
        try ReadModelState.clear(flag, in: db)
    }

    static func name(_ definition: String) -> String {
        String(definition.split(separator: " ")[2])
    }
}
