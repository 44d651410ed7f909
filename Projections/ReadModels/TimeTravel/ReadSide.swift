import GRDB
import Strata
import StrataMigrations

/// The read side's entry point: answers a query from the live tables for the present, and from
/// read models built in memory for any other moment, never touching the live tables for that.
public struct ReadSide: Sendable {
    public let log: SQLiteEventLog
    public let projection: ReadModelProjection

    public init(log: SQLiteEventLog, projection: ReadModelProjection = ReadModelProjection()) {
        self.log = log
        self.projection = projection
    }

    /// Runs `body` against the read models at `moment`.
    public func query<T>(_ moment: Moment = .now, _ body: (ReadModelView) throws -> T) throws -> T {
        if moment.isNow, try ProjectionRunner.catchUpIfPossible(projection, in: log) {
            return try log.read { db in
                let checkpoint = try ProjectionCheckpoint.load(projection.name, in: db)
                try ReadModelSeal.checkForRead(checkpoint: checkpoint, in: db)
                return try body(ReadModelView(reader: ReadModelReader(db), position: checkpoint?.position ?? 0, moment: moment))
            }
        }
        let built = try build(moment)
        return try log.guarded {   // the build may read the store's measurements through an ATTACH
            try built.database.read { db in
                try body(ReadModelView(reader: ReadModelReader(db), position: built.position, moment: moment))
            }
        }
    }

    /// Folds the log up to `moment` into a private in-memory database with the read-model schema,
    /// starting from the newest matching snapshot when only a system-time cut is asked for.
    ///
    /// For a system-time cut, measurements are not folded: they are read from the store's table
    /// as of the cut (see ``MeasurementsAsOf``), which holds the same rows a fold would, and would
    /// otherwise dominate every build. A valid-time build folds them, because a bottleneck is
    /// judged against the workload's targets in effect then; so does a build on a store whose
    /// read models are not current (a read-only store that could not catch up).
    public func build(_ moment: Moment) throws -> (database: DatabaseQueue, position: Int64) {
        // The build attaches the live store: it must wait for writers like every other reader.
        var configuration = Configuration()
        configuration.busyMode = .timeout(SQLiteEventLog.busyTimeout)
        let memory = try DatabaseQueue(configuration: configuration)
        let liveMeasurements = try moment.validAt == nil && log.read { db in try isCurrent(in: db) }
        if liveMeasurements { try memory.writeWithoutTransaction { try MeasurementsAsOf.attach(log.attachmentName, to: $0) } }
        let position = try log.read { store -> Int64 in
            if liveMeasurements {
                // The build reads the live measurements table: it must be the one its seal describes.
                try ReadModelSeal.checkForRead(["rm_measurements"], checkpoint: ProjectionCheckpoint.load(projection.name, in: store), in: store)
            }
            let position = try SQLiteEventLog.position(at: moment.asOf ?? .position(Int64.max), in: store)
            let snapshot = moment.validAt == nil && liveMeasurements
                ? try Snapshot.latest(atOrBefore: position, version: projection.version, in: store) : nil
            try memory.write { db in
                try db.execute(sql: ReadModelSchema.tables)
                try snapshot?.restore(into: db)
                try SQLiteEventLog.scan(EventQuery(after: snapshot?.position ?? 0, upTo: .position(position)), in: store) { event in
                    if let validAt = moment.validAt, event.effectiveAt > validAt { return }
                    try projection.fold(event, measurements: !liveMeasurements, in: db)
                }
                if liveMeasurements { try MeasurementsAsOf.createView(position: position, in: db) }
                try AuditBuilder.refresh(in: db)
            }
            return position
        }
        return (memory, position)
    }

    /// Whether the store's read models reflect its whole log.
    private func isCurrent(in db: Database) throws -> Bool { try ProjectionRunner.isCurrent(projection, in: db) }
}
