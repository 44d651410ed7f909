import Foundation
import GRDB

/// The furthest position this log has ever held, with its hash (`log_watermark`, migration 5).
///
/// Every append moves it forward in the same transaction, so a tail deleted afterwards, or an
/// older copy of the file put back, is a log that no longer reaches its own watermark.
public struct LogWatermark: Hashable, Sendable {
    /// The furthest position seen; 0 for a log that never held an event.
    public var position: Int64
    /// The hash stored at `position` then; nil at position 0.
    public var hash: [UInt8]?

    static func load(in db: Database) throws -> LogWatermark? {
        guard let row = try Row.fetchOne(db.cachedStatement(sql: "SELECT position, hash FROM log_watermark WHERE id = 1")) else {
            return nil
        }
        return LogWatermark(position: row[0], hash: (row[1] as Data?).map { [UInt8]($0) })
    }

    /// Moves the watermark to `head` when it is further; the row's trigger refuses moving back.
    static func advance(to head: ChainHead, in db: Database) throws {
        let sql = "UPDATE log_watermark SET position = ?, hash = ?, updated_at = ? WHERE id = 1 AND position <= ?"
        try db.cachedStatement(sql: sql).execute(
            arguments: [head.position, head.position > 0 ? Data(head.hash) : nil, Timestamp.now().microseconds, head.position])
    }

    /// Takes the event now stored at the watermark as the one the log holds there, once the
    /// user chose to continue a rewritten log (`rebuild --force`).
    static func acceptStoredHash(in db: Database) throws {
        try db.execute(sql: """
            UPDATE log_watermark SET hash = (SELECT hash FROM events WHERE position = log_watermark.position), updated_at = ?
            WHERE id = 1
            """, arguments: [Timestamp.now().microseconds])
    }
}

/// How a log no longer continues what it once held.
public enum ContinuityBreak: Hashable, Sendable, CustomStringConvertible {
    /// The log ends before a position it once held: its tail was deleted or an old copy restored.
    case truncated(seen: Int64, head: Int64)
    /// The event at `position` is not the one the log held there.
    case replaced(position: Int64)

    public var description: String {
        switch self {
        case let .truncated(seen, head): "the log once held position \(seen) but now ends at \(head)"
        case let .replaced(position): "position \(position) holds another event than the one the log held there"
        }
    }

    /// Checks the log seen by `db` against its watermark.
    static func find(headPosition: Int64, in db: Database) throws -> ContinuityBreak? {
        guard let mark = try LogWatermark.load(in: db), mark.position > 0 else { return nil }
        guard headPosition >= mark.position else { return .truncated(seen: mark.position, head: headPosition) }
        let stored = try Data.fetchOne(
            db.cachedStatement(sql: "SELECT hash FROM events WHERE position = ?"), arguments: [mark.position])
        return stored.map { [UInt8]($0) } == mark.hash ? nil : .replaced(position: mark.position)
    }
}

extension SQLiteEventLog {
    /// How this log fails to continue what it once held, or nil when it does.
    public func continuityBreak() throws -> ContinuityBreak? {
        try read { db in try ContinuityBreak.find(headPosition: try head(in: db).position, in: db) }
    }

    /// Refuses a log that lost or replaced events it once held, before anything reads or writes it.
    func checkContinuity(in db: Database, headPosition: Int64) throws {
        if let broken = try ContinuityBreak.find(headPosition: headPosition, in: db) {
            throw EventLogError.discontinuous(path: path, broken)
        }
    }
}
