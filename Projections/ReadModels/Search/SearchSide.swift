import GRDB
import Strata
import StrataMigrations

/// The search read model's entry point: brings the index up to the head and searches it at a
/// moment of system time.
///
/// A store this process cannot write, whose index is behind (written by an older build, or by
/// a raw tool), is searched from an index folded in memory instead, so a read-only copy of a
/// store still answers, only slower.
public struct SearchSide: Sendable {
    public let log: SQLiteEventLog
    public let projection = SearchProjection()

    public init(log: SQLiteEventLog) { self.log = log }

    /// The hits for `query` as of `cut` (nil: now), and the log position they answer for.
    public func search(_ query: DecisionSearch.Query, asOf cut: TimeCut? = nil) throws -> (hits: [SearchHit], position: Int64) {
        if try ProjectionRunner.catchUpIfPossible(projection, in: log) {
            return try log.read { db in
                let position = try SQLiteEventLog.position(at: cut ?? .position(Int64.max), in: db)
                return (try DecisionSearch.run(query, at: position, in: db), position)
            }
        }
        let memory = try DatabaseQueue()
        return try log.read { store in
            let position = try SQLiteEventLog.position(at: cut ?? .position(Int64.max), in: store)
            return try memory.write { db in
                try db.execute(sql: SearchIndexSchema.tables)
                try SQLiteEventLog.scan(EventQuery(after: 0, upTo: .position(position)), in: store) { try projection.apply($0, in: db) }
                return (try DecisionSearch.run(query, at: position, in: db), position)
            }
        }
    }
}
