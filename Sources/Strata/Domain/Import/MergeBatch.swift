import Foundation
import GRDB
import StrataJSON

/// The lines of one merge batch, checked against the store and inserted in its transaction.
struct MergeBatch {
    let log: SQLiteEventLog
    let name: String
    let metadata: EventMetadata
    private var pending: [(line: Int, item: NewEventLine)] = []
    private(set) var appended = 0
    private(set) var alreadyPresent = 0
    /// Short ids this merge allocated, `stream#number` → entity UUID, for creation checks.
    private var allocations: [String: String] = [:]
    /// Creation events whose number no allocation has given out yet (a command appends its
    /// allocation after the entity's stream): `stream#number` → (entity UUID, where).
    private var claims: [String: (uuid: String, location: String)] = [:]

    init(log: SQLiteEventLog, name: String, metadata: EventMetadata) {
        self.log = log
        self.name = name
        self.metadata = metadata
    }

    var count: Int { pending.count }

    mutating func add(_ item: NewEventLine, line: Int) { pending.append((line, item)) }

    /// Skips what the store holds, checks the rest, and inserts it in file order.
    mutating func flush(in db: Database) throws {
        guard !pending.isEmpty else { return }
        defer { pending.removeAll(keepingCapacity: true) }
        let stored = try storedRows(pending.map(\.item.event.eventID), in: db)
        var seen: [String: NewEventLine] = [:]
        var versions: [String: Int] = [:]
        var appends: [StreamAppend] = []
        for (line, item) in pending {
            let location = "\(name):\(line)"
            let id = item.event.eventID
            if let earlier = stored[id] ?? seen[id].map(StoredRow.init) {
                try earlier.check(item, location: location)
                alreadyPresent += 1
                continue
            }
            seen[id] = item
            let version = try versions[item.streamID] ?? log.streamVersion(item.streamID, in: db)
            try checkDomain(item, version: version, location: location, in: db)
            versions[item.streamID] = version + 1
            if let last = appends.indices.last, appends[last].streamID == item.streamID {
                appends[last].events.append(item.event)
            } else {
                appends.append(StreamAppend(streamID: item.streamID, expected: .any, events: [item.event]))
            }
        }
        guard !appends.isEmpty else { return }
        _ = try log.insert(appends, metadata: metadata, in: db)
        appended += appends.reduce(0) { $0 + $1.events.count }
    }

    /// The stream, type and payload stored under each id that is already in the log.
    private func storedRows(_ ids: [String], in db: Database) throws -> [String: StoredRow] {
        var out: [String: StoredRow] = [:]
        for start in stride(from: 0, to: ids.count, by: 500) {
            let chunk = Array(ids[start..<min(start + 500, ids.count)])
            let sql = "SELECT event_id, stream_id, event_type, data FROM events WHERE event_id IN (\(databaseQuestionMarks(count: chunk.count)))"
            for row in try Row.fetchAll(db, sql: sql, arguments: StatementArguments(chunk)) {
                out[row["event_id"]] = StoredRow(streamID: row["stream_id"], eventType: row["event_type"], data: row["data"])
            }
        }
        return out
    }

    /// Domain events must decode, and short ids must land where their numbers say.
    private mutating func checkDomain(_ item: NewEventLine, version: Int, location: String, in db: Database) throws {
        let event = item.event
        guard let type = DomainEvents.all.first(where: { $0.eventType == event.eventType }) else { return }
        let recorded = RecordedEvent(
            position: 0, eventID: event.eventID, streamID: item.streamID, category: StreamName.category(of: item.streamID),
            streamVersion: version + 1, eventType: event.eventType, schemaVersion: event.schemaVersion, data: event.data,
            metadata: event.metadata ?? "{}", recordedAt: Timestamp(microseconds: 0),
            effectiveAt: event.effectiveAt ?? Timestamp(microseconds: 0), prevHash: [], hash: [])
        do { _ = try type.decode(recorded) } catch {
            throw EventMergeError(location: location, message: "its \(event.eventType) payload does not match the type; fix or remove the line", isInputError: true)
        }
        if let allocation = try ShortIDAllocated.decode(recorded) {
            try checkAllocation(allocation, stream: item.streamID, version: version, location: location, in: db)
        } else if version == 0, let kind = EntityKind(rawValue: recorded.category),
                  let number = (try? JSONCodec.decode(NumberProbe.self, from: event.data))?.number {
            let uuid = String(item.streamID.dropFirst(kind.streamCategory.count + 1))
            let key = "\(kind.counterStream)#\(number)"
            let owner = try allocations[key] ?? allocated(kind, number, in: db)
            // A counter slot reserved for no entity may still be claimed later in the file.
            var reserved = owner == nil
            if let owner, owner != uuid { reserved = try !ShortIDLookup.exists(kind, owner, in: db) }
            if reserved {
                claims[key] = (uuid, location)
                return
            }
            guard owner == uuid else {
                let holder = owner.map { "another entity (\($0))" } ?? "no entity"
                throw EventMergeError(
                    location: location,
                    message: "\(item.streamID) says it is \(kind.shortPrefix)-\(number), but this store gives \(kind.shortPrefix)-\(number) to \(holder); merge the whole export with its shortid events, or export json-adr and import that instead",
                    isInputError: false)
            }
        }
    }

    private mutating func checkAllocation(
        _ allocation: ShortIDAllocated, stream: String, version: Int, location: String, in db: Database
    ) throws {
        let short = "\(allocation.kind.shortPrefix)-\(allocation.number)"
        let key = "\(allocation.kind.counterStream)#\(allocation.number)"
        if stream == allocation.kind.claimStream {
            // A claim takes a number the counter passed over; it must not take one an entity holds.
            let holder = try allocations[key] ?? allocated(allocation.kind, allocation.number, in: db)
            if let holder, holder != allocation.entityID, try ShortIDLookup.exists(allocation.kind, holder, in: db) {
                throw EventMergeError(
                    location: location, message: "\(short) is already taken in this store by another entity; export json-adr and import that instead",
                    isInputError: false)
            }
            return try record(allocation, key: key, short: short)
        }
        guard stream == allocation.kind.counterStream else {
            throw EventMergeError(location: location, message: "a \(short) allocation belongs on \(allocation.kind.counterStream), not \(stream); fix or remove the line", isInputError: true)
        }
        guard version == allocation.number - 1 else {
            let message = version >= allocation.number
                ? "\(short) is already taken in this store by another entity; stores that both numbered new entities cannot be merged event by event — export json-adr and import that instead"
                : "\(short) would skip \(allocation.kind.shortPrefix)-\(version + 1), which neither this store nor the file allocates; merge the whole export"
            throw EventMergeError(location: location, message: message, isInputError: false)
        }
        try record(allocation, key: key, short: short, final: false)
    }

    /// Notes who holds `key`; a counter slot that is not the claimant's may be a reservation a
    /// claim later in the file overrides, so only a claim's mismatch is final here.
    private mutating func record(_ allocation: ShortIDAllocated, key: String, short: String, final: Bool = true) throws {
        allocations[key] = allocation.entityID
        if let claim = claims[key], claim.uuid == allocation.entityID {
            claims[key] = nil
        } else if final, let claim = claims.removeValue(forKey: key) {
            throw EventMergeError(
                location: claim.location,
                message: "the entity says it is \(short), but the file gives \(short) to \(allocation.entityID); fix the export",
                isInputError: true)
        }
    }

    /// Fails for a creation event whose number nothing allocated, once the whole file is read.
    func checkClaims() throws {
        guard let (key, claim) = claims.min(by: { $0.value.location < $1.value.location }) else { return }
        let short = key.replacingOccurrences(of: "shortid-", with: "").replacingOccurrences(of: "#", with: "-")
        throw EventMergeError(
            location: claim.location,
            message: "the entity says it is \(short), but neither this store nor the file allocates \(short); merge the whole export with its shortid events",
            isInputError: false)
    }

    /// The entity the store gives `number` (claimed, or the counter's slot), or nil.
    private func allocated(_ kind: EntityKind, _ number: Int, in db: Database) throws -> String? {
        try ShortIDLookup.owner(kind, number, in: db)
    }

    private struct NumberProbe: Decodable { var number: Int }
}

/// An event already stored (or seen earlier in the file) under an incoming id.
private struct StoredRow {
    var streamID: String
    var eventType: String
    var data: String

    init(streamID: String, eventType: String, data: String) {
        self.streamID = streamID
        self.eventType = eventType
        self.data = data
    }

    init(_ line: NewEventLine) { self.init(streamID: line.streamID, eventType: line.event.eventType, data: line.event.data) }

    /// Same id must mean same fact; `strata events --json` prints payload line breaks as spaces.
    func check(_ item: NewEventLine, location: String) throws {
        let flat = String(String.UnicodeScalarView(data.unicodeScalars.map { $0 == "\n" || $0 == "\r" ? " " : $0 }))
        guard streamID == item.streamID, eventType == item.event.eventType, data == item.event.data || flat == item.event.data else {
            throw EventMergeError(
                location: location,
                message: "event \(item.event.eventID) is already stored here with other content; the two stores disagree about it — remove the line to merge the rest",
                isInputError: false)
        }
    }
}
