/// Mints entity refs for one append attempt: a fresh UUID each, and the next short number of
/// its kind, guarded by the counter stream's version.
struct ShortIDAllocator {
    let log: SQLiteEventLog
    private var bases: [EntityKind: Int] = [:]
    private var minted: [EntityKind: [ShortIDAllocated]] = [:]

    init(log: SQLiteEventLog) { self.log = log }

    /// A new entity of `kind`.
    mutating func mint(_ kind: EntityKind) throws -> EntityRef {
        let base: Int
        if let known = bases[kind] {
            base = known
        } else {
            base = try log.read { db in try log.streamVersion(kind.counterStream, in: db) }
            bases[kind] = base
        }
        let number = base + (minted[kind]?.count ?? 0) + 1
        let ref = EntityRef(kind: kind, id: EventID.make(), number: number)
        minted[kind, default: []].append(ShortIDAllocated(kind: kind, number: number, entityID: ref.id))
        return ref
    }

    /// The counter-stream appends for everything minted, each guarded by `.exact(base)`.
    var appends: [StreamAppend] {
        EntityKind.allCases.compactMap { kind in
            guard let events = minted[kind], let base = bases[kind] else { return nil }
            return StreamAppend(streamID: kind.counterStream, expected: .exact(base), events: events.map { $0.newEvent() })
        }
    }
}
