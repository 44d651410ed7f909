import GRDB
import StrataJSON

/// Who holds a short number, read from the log: shared by the resolver, imports and merges.
///
/// Two streams hand out numbers: the counter (`shortid-ADR`, version N is number N) and the
/// claims (`shortid-ADR-claimed`, for `0` and numbers the counter reserved for no entity).
/// Keeping both lookups here means every reader agrees on what `ADR-N` names.
enum ShortIDLookup {
    /// The entity `number` names: its claim if there is one, else the counter's slot.
    static func owner(_ kind: EntityKind, _ number: Int, in db: Database) throws -> String? {
        if let claimed = try claimed(kind, number, in: db) { return claimed }
        guard number >= 1 else { return nil }
        let sql = "SELECT data FROM events WHERE stream_id = ? AND stream_version = ?"
        guard let data = try String.fetchOne(db, sql: sql, arguments: [kind.counterStream, number]) else { return nil }
        return try? JSONCodec.decode(ShortIDAllocated.self, from: data).entityID
    }

    /// The entity a claim gave `number` to, or nil.
    static func claimed(_ kind: EntityKind, _ number: Int, in db: Database) throws -> String? {
        let sql = "SELECT data FROM events WHERE stream_id = ? AND json_extract(data, '$.number') = ? ORDER BY stream_version LIMIT 1"
        guard let data = try String.fetchOne(db, sql: sql, arguments: [kind.claimStream, number]) else { return nil }
        return try? JSONCodec.decode(ShortIDAllocated.self, from: data).entityID
    }

    /// Whether `uuid` has a stream of `kind`: a counter slot reserved for no entity has none.
    static func exists(_ kind: EntityKind, _ uuid: String, in db: Database) throws -> Bool {
        let sql = "SELECT 1 FROM events WHERE stream_id = ? LIMIT 1"
        return try Int.fetchOne(db, sql: sql, arguments: [EntityRef.streamID(kind: kind, id: uuid)]) != nil
    }
}
