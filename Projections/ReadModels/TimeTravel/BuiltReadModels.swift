import GRDB
import Strata

/// The read models at one moment, built once and queried many times: a server rendering several
/// pages at the same past moment folds the log for it once, not once a page.
///
/// At the present it holds no copy: each query reads the live tables, as ``ReadSide/query(_:_:)``
/// does. Otherwise it holds the private in-memory database ``ReadSide/build(_:)`` folded.
public struct BuiltReadModels: Sendable {
    /// The moment asked for.
    public let moment: Moment
    /// The last log position the models include (for the present: when they were prepared).
    public let position: Int64
    private let side: ReadSide
    private let database: DatabaseQueue?

    init(side: ReadSide, moment: Moment, position: Int64, database: DatabaseQueue?) {
        self.side = side
        self.moment = moment
        self.position = position
        self.database = database
    }

    /// Runs `body` against the models.
    public func query<T>(_ body: (ReadModelView) throws -> T) throws -> T {
        guard let database else { return try side.query(.now, body) }
        return try side.log.guarded {   // a build may read the store's measurements through an ATTACH
            try database.read { db in try body(ReadModelView(reader: ReadModelReader(db), position: position, moment: moment)) }
        }
    }
}

extension ReadSide {
    /// The read models at `moment`, folded now when it is not the present.
    public func prepare(_ moment: Moment) throws -> BuiltReadModels {
        if moment.isNow {
            return BuiltReadModels(side: self, moment: moment, position: try log.head().position, database: nil)
        }
        let built = try build(moment)
        return BuiltReadModels(side: self, moment: moment, position: built.position, database: built.database)
    }
}
