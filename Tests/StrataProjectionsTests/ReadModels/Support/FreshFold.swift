import GRDB
import Strata
import StrataProjections

/// The read models folded from the log's first event into a private in-memory database with
/// no snapshot to start from and none taken: the reference any as-of build must equal.
struct FreshFold {
    private let database: DatabaseQueue
    private let projection = ReadModelProjection(snapshots: SnapshotPolicy(stride: .max))
    /// The last position folded.
    private(set) var position: Int64 = 0

    /// An empty fold with the read-model tables and indexes of `log`'s file.
    init(schemaOf log: SQLiteEventLog) throws {
        database = try DatabaseQueue()
        let ddl = try log.read { db in
            try String.fetchAll(db, sql: """
                SELECT sql FROM sqlite_master WHERE name LIKE 'rm\\_%' ESCAPE '\\' AND sql IS NOT NULL AND type <> 'trigger'
                ORDER BY type = 'index', rowid
                """)
        }
        try database.write { db in
            for statement in ddl { try db.execute(sql: statement) }
        }
    }

    /// Folds the events after ``position`` up to `target`, only those in effect at `validAt`
    /// when given, then derives the audit as a batch's end does.
    mutating func advance(to target: Int64, in log: SQLiteEventLog, validAt: Timestamp? = nil) throws {
        let events = try log.events(EventQuery(after: position, upTo: .position(target)))
        try database.write { db in
            for event in events where validAt.map({ event.effectiveAt <= $0 }) ?? true {
                try projection.apply(event, in: db)
            }
            try projection.finish(in: db)
        }
        position = target
    }

    /// The folded and audit tables (flags and snapshots left out).
    func dump() throws -> ReadModelDump {
        try database.read { try ReadModelDump.of($0, excluding: ReadModelDump.bookkeeping) }
    }
}

extension ReadSide {
    /// The tables an in-memory build for `moment` holds, with the position it reached.
    func dump(at moment: Moment) throws -> (dump: ReadModelDump, position: Int64) {
        let built = try build(moment)
        return (try built.database.read { try ReadModelDump.of($0, excluding: ReadModelDump.bookkeeping) }, built.position)
    }
}
