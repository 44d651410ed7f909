import GRDB
import StrataJSON

/// The short numbers a merge hands out: incoming entities keep theirs when it is free here and
/// get the next one otherwise.
///
/// Two stores that parted both number new entities from the same counter, so both have an
/// ADR-11. Refusing the merge for that would make a team's second laptop useless; keeping both
/// would make `ADR-11` name two decisions. So the one arriving takes the counter's next number
/// and the report says so. Entities keep their UUIDs, which is what every link and event names.
struct MergeNumbering {
    /// Counter versions the merge has reached, by kind (the counter's version N is number N).
    private var counters: [EntityKind: Int] = [:]
    /// Numbers handed out by this merge, `kind#number` → entity UUID, not yet in the log.
    private var holders: [String: String] = [:]
    /// Entities created by this merge, so a later claim knows they are real.
    private var created: Set<String> = []
    /// Every number changed so far, in the order they were changed.
    private(set) var changes: [MergeRenumbering] = []

    /// Fits one command's new events to this store's numbers, rewriting what must change.
    ///
    /// Returns the events to append: allocations move to the number they get, creation events
    /// carry it, and a counter slot the source reserved for no entity is dropped when its number
    /// is taken here (it reserved nothing this store needs).
    mutating func fit(_ items: [NewEventLine], in db: Database, log: SQLiteEventLog) throws -> [NewEventLine] {
        var out = items
        var numbers: [String: Int] = [:]
        let creations = Dictionary(items.indices.compactMap { index in Self.creation(items[index]).map { ($0.uuid, index) } }) { first, _ in first }
        var dropped: Set<Int> = []
        var allocated: Set<String> = []
        for index in items.indices {
            guard let allocation = try ShortIDAllocated.decode(Self.recorded(items[index])) else { continue }
            let kind = allocation.kind, entity = allocation.entityID
            allocated.insert(entity)
            let next = try counter(kind, in: db, log: log) + 1
            let real = try creations[entity] != nil || created.contains(entity) || ShortIDLookup.exists(kind, entity, in: db)
            let fits: Bool
            if items[index].streamID == kind.claimStream {
                let holder = try holder(kind, allocation.number, in: db)
                if let holder, holder != entity {
                    fits = try !(created.contains(holder) || ShortIDLookup.exists(kind, holder, in: db))
                } else {
                    fits = true
                }
            } else {
                fits = allocation.number == next
            }
            if fits {
                if items[index].streamID == kind.counterStream { counters[kind] = next }
                holders["\(kind.rawValue)#\(allocation.number)"] = entity
                continue
            }
            guard real else { dropped.insert(index); continue }
            // The arriving entity takes the counter's next slot, on the counter stream.
            counters[kind] = next
            holders["\(kind.rawValue)#\(next)"] = entity
            numbers[entity] = next
            changes.append(MergeRenumbering(kind: kind, entityID: entity, from: allocation.number, to: next))
            out[index].streamID = kind.counterStream
            out[index].event.data = try Self.replacingNumber(in: items[index].event.data, with: next)
        }
        // A creation whose allocation the file lacks (an export cut mid-command) keeps its
        // number only if this store gives it that number already; else it gets the next one.
        var synthesized: [NewEventLine] = []
        for (entity, index) in creations.sorted(by: { $0.value < $1.value }) where !allocated.contains(entity) {
            guard let kind = EntityKind(rawValue: StreamName.category(of: items[index].streamID)),
                  let number = Self.creation(items[index])?.number,
                  try holder(kind, number, in: db) != entity else { continue }
            let next = try counter(kind, in: db, log: log) + 1
            counters[kind] = next
            holders["\(kind.rawValue)#\(next)"] = entity
            numbers[entity] = next
            changes.append(MergeRenumbering(kind: kind, entityID: entity, from: number, to: next))
            var allocation = ShortIDAllocated(kind: kind, number: next, entityID: entity).newEvent()
            allocation.eventID = ImportID.uuid("merge-allocation", kind.rawValue, entity)
            synthesized.append(NewEventLine(streamID: kind.counterStream, event: allocation))
        }
        for (entity, index) in creations {
            created.insert(entity)
            guard let number = numbers[entity] else { continue }
            out[index].event.data = try Self.replacingNumber(in: items[index].event.data, with: number)
        }
        return out.indices.filter { !dropped.contains($0) }.map { out[$0] } + synthesized
    }

    /// Forgets what a refused command reserved; nothing of it reaches the log.
    mutating func rollBack(to saved: MergeNumbering) { self = saved }

    private mutating func counter(_ kind: EntityKind, in db: Database, log: SQLiteEventLog) throws -> Int {
        if let known = counters[kind] { return known }
        let version = try log.streamVersion(kind.counterStream, in: db)
        counters[kind] = version
        return version
    }

    private func holder(_ kind: EntityKind, _ number: Int, in db: Database) throws -> String? {
        try holders["\(kind.rawValue)#\(number)"] ?? ShortIDLookup.owner(kind, number, in: db)
    }

    /// The entity a creation event (version 0 of an entity stream, with a `number`) creates.
    static func creation(_ item: NewEventLine) -> (uuid: String, number: Int)? {
        guard creationTypes.contains(item.event.eventType), let kind = EntityKind(rawValue: StreamName.category(of: item.streamID)),
              let number = (try? JSONCodec.decode(NumberProbe.self, from: item.event.data))?.number else { return nil }
        return (String(item.streamID.dropFirst(kind.streamCategory.count + 1)), number)
    }

    /// The payload with its top-level `number` member set to `number`, every other byte kept.
    static func replacingNumber(in data: String, with number: Int) throws -> String {
        guard case .object(var members) = try JSONParser.parse(data) else { return data }
        for index in members.indices where members[index].key == "number" { members[index].value = .number(JSONNumber(number)) }
        return JSONWriter.compact(.object(members))
    }

    /// Whether two payloads are the same fact but for the `number` a merge may have changed.
    static func sameButNumber(_ a: String, _ b: String) -> Bool {
        func stripped(_ text: String) -> JSONValue? {
            guard case .object(let members) = try? JSONParser.parse(text) else { return nil }
            return .object(members.filter { $0.key != "number" })
        }
        guard let left = stripped(a) else { return false }
        return left == stripped(b)
    }

    static func recorded(_ item: NewEventLine, version: Int = 0) -> RecordedEvent {
        let event = item.event
        return RecordedEvent(
            position: 0, eventID: event.eventID, streamID: item.streamID, category: StreamName.category(of: item.streamID),
            streamVersion: version + 1, eventType: event.eventType, schemaVersion: event.schemaVersion, data: event.data,
            metadata: event.metadata ?? "{}", recordedAt: Timestamp(microseconds: 0),
            effectiveAt: event.effectiveAt ?? Timestamp(microseconds: 0), prevHash: [], hash: [])
    }

    private struct NumberProbe: Decodable { var number: Int }

    private static let creationTypes: Set<String> = [
        ContextDefined.eventType, WorkloadAdded.eventType, MeasurementRecorded.eventType, DecisionProposed.eventType, StoreAdopted.eventType,
    ]
}

/// One entity a merge gave another short number than its source store did.
public struct MergeRenumbering: Sendable, Equatable, Codable {
    public var kind: EntityKind
    /// The entity's UUID, the same in both stores.
    public var entityID: String
    /// Its number in the store the events came from.
    public var from: Int
    /// Its number here.
    public var to: Int
}
