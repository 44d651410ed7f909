import GRDB
import Strata

extension ProjectionRunner {
    /// Whether `projection`'s tables reflect the whole log, at its version.
    public static func isCurrent(_ projection: any Projection, in db: Database) throws -> Bool {
        guard let checkpoint = try ProjectionCheckpoint.load(projection.name, in: db), checkpoint.version == projection.version else {
            return false
        }
        return try checkpoint.position == SQLiteEventLog.position(at: .position(Int64.max), in: db) && checkpoint.matchesLog(in: db)
    }

    /// Brings `projection` up to the head of `log`; false when it is behind and the store cannot
    /// be written (a read-only store), so the caller folds what it needs in memory instead.
    public static func catchUpIfPossible(_ projection: any Projection, in log: SQLiteEventLog) throws -> Bool {
        if try log.read({ try isCurrent(projection, in: $0) }) { return true }
        do {
            try log.write { db in _ = try ProjectionRunner([projection]).catchUp(projection, in: db) }
            return true
        } catch EventLogError.readOnly {
            return false
        }
    }
}
