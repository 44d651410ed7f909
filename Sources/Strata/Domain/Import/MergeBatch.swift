import Foundation
import GRDB
import StrataJSON

/// The lines of one merge batch, as whole commands: each checked against the store and the
/// domain's rules, then inserted in its transaction, or refused as a whole and reported.
///
/// A command's events are consecutive in a log and share its command id, so the file's runs of
/// one command id are the units: accepting a decision and adopting the stores it planned go in
/// together or not at all, as they did in the store they came from.
struct MergeBatch {
    let log: SQLiteEventLog
    let name: String
    let metadata: EventMetadata
    private var groups: [[(line: Int, item: NewEventLine)]] = []
    private var openCommand: String?
    private(set) var count = 0
    private(set) var appended = 0
    private(set) var alreadyPresent = 0
    private(set) var refusals: [MergeRefusal] = []
    private var numbering = MergeNumbering()

    init(log: SQLiteEventLog, name: String, metadata: EventMetadata) {
        self.log = log
        self.name = name
        self.metadata = metadata
    }

    /// The entities this merge gave other numbers than their source did.
    var renumberings: [MergeRenumbering] { numbering.changes }

    mutating func add(_ item: NewEventLine, line: Int) {
        let command = Self.commandID(of: item.event)
        if let command, command == openCommand, !groups.isEmpty {
            groups[groups.count - 1].append((line, item))
        } else {
            groups.append([(line, item)])
        }
        openCommand = command
        count += 1
    }

    /// Merges the complete commands read so far; `final` merges the last one too.
    mutating func flush(in db: Database, final: Bool) throws {
        let ready = final ? groups : Array(groups.dropLast())
        guard !ready.isEmpty else { return }
        groups = final ? [] : Array(groups.suffix(1))
        count = groups.reduce(0) { $0 + $1.count }
        let stored = try storedRows(ready.flatMap { $0.map(\.item.event.eventID) }, in: db)
        var seen: [String: NewEventLine] = [:]
        var pending = PendingStreams()
        for group in ready {
            var fresh: [(line: Int, item: NewEventLine)] = []
            for (line, item) in group {
                let location = "\(name):\(line)"
                if let earlier = stored[item.event.eventID] ?? seen[item.event.eventID].map(StoredRow.init) {
                    try earlier.check(item, location: location)
                    alreadyPresent += 1
                } else {
                    try Self.checkPayload(item, location: location)
                    fresh.append((line, item))
                }
            }
            guard !fresh.isEmpty else { continue }
            let saved = numbering
            let fitted = try numbering.fit(fresh.map(\.item), in: db, log: log)
            var trial = pending
            do {
                try admit(fitted, into: &trial, in: db)
            } catch let rejection as CommandRejection {
                numbering = saved
                let at = fresh.first { $0.item.event.eventID == trial.refusedEventID } ?? fresh[0]
                refusals.append(MergeRefusal(
                    line: at.line, eventType: at.item.event.eventType, streamID: at.item.streamID, events: fresh.count,
                    code: rejection.code, message: rejection.message))
                continue
            }
            pending = trial
            for item in fitted { seen[item.event.eventID] = item }
        }
        guard !pending.appends.isEmpty else { return }
        _ = try log.insert(pending.appends, metadata: metadata, in: db)
        appended += pending.appends.reduce(0) { $0 + $1.events.count }
    }

    /// Checks one command's events against the domain and adds them to `trial`.
    ///
    /// A command's events are grouped by stream, not in the order its rules read them (an
    /// import supersedes ADR-1 before the events that accept its successor), so each event is
    /// checked against its own stream as it stood just before it and every other stream as the
    /// whole command leaves it: the view the command itself decided on.
    private func admit(_ items: [NewEventLine], into trial: inout PendingStreams, in db: Database) throws {
        var versions = trial.versions
        var recorded: [RecordedEvent] = []
        for item in items {
            let version = try versions[item.streamID] ?? log.streamVersion(item.streamID, in: db)
            versions[item.streamID] = version + 1
            recorded.append(MergeNumbering.recorded(item, version: version))
        }
        let after = Dictionary(grouping: recorded, by: \.streamID)
        let before = trial
        for (index, event) in recorded.enumerated() {
            trial.refusedEventID = event.eventID
            let earlier = recorded[..<index].filter { $0.streamID == event.streamID }
            let view: (String) throws -> [RecordedEvent] = { stream in
                try Self.stored(stream, in: db) + (before.events[stream] ?? []) + (stream == event.streamID ? Array(earlier) : after[stream] ?? [])
            }
            let admission = MergeAdmission(events: view, contexts: { try Self.contexts(in: db, pending: before, command: after, view: view) })
            try admission.check(event)
        }
        trial.refusedEventID = nil
        for (item, event) in zip(items, recorded) { trial.add(item, event) }
    }

    private static func stored(_ stream: String, in db: Database) throws -> [RecordedEvent] {
        var out: [RecordedEvent] = []
        try SQLiteEventLog.scan(EventQuery(streamID: stream), in: db) { out.append($0) }
        return out
    }

    /// Every context as `view` sees it: the stored ones, those merged so far, and the command's.
    private static func contexts(
        in db: Database, pending: PendingStreams, command: [String: [RecordedEvent]], view: (String) throws -> [RecordedEvent]
    ) throws -> [ContextState] {
        let category = EntityKind.context.streamCategory
        var streams = Set(pending.events.keys.filter { StreamName.category(of: $0) == category })
        streams.formUnion(command.keys.filter { StreamName.category(of: $0) == category })
        try SQLiteEventLog.scan(EventQuery(category: category), in: db) { streams.insert($0.streamID) }
        return try streams.sorted().compactMap { try ContextState.fold(view($0))?.state }
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

    /// A domain event's payload must decode as its type: a malformed file is refused whole.
    private static func checkPayload(_ item: NewEventLine, location: String) throws {
        guard let type = DomainEvents.all.first(where: { $0.eventType == item.event.eventType }) else { return }
        do { _ = try type.decode(MergeNumbering.recorded(item)) } catch {
            throw EventMergeError(location: location, message: "its \(item.event.eventType) payload does not match the type; fix or remove the line", isInputError: true)
        }
    }

    private static func commandID(of event: NewEvent) -> String? {
        guard let metadata = event.metadata, let value = try? JSONParser.parse(metadata), case .string(let id)? = value["commandID"] else { return nil }
        return id
    }
}

/// What a merge batch admitted and has not inserted yet: appends in file order, the versions
/// they reach and the events as the domain's folds read them.
private struct PendingStreams {
    var appends: [StreamAppend] = []
    var versions: [String: Int] = [:]
    var events: [String: [RecordedEvent]] = [:]
    /// The event being checked, so a refusal can name its line.
    var refusedEventID: String?

    mutating func add(_ item: NewEventLine, _ recorded: RecordedEvent) {
        versions[item.streamID] = recorded.streamVersion
        events[item.streamID, default: []].append(recorded)
        if let last = appends.indices.last, appends[last].streamID == item.streamID {
            appends[last].events.append(item.event)
        } else {
            appends.append(StreamAppend(streamID: item.streamID, expected: .any, events: [item.event]))
        }
    }
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
    /// A fact an earlier merge renumbered is the same fact: its allocation may sit on the
    /// counter instead of the claims and carry another number, its creation event another `number`.
    func check(_ item: NewEventLine, location: String) throws {
        let flat = String(String.UnicodeScalarView(data.unicodeScalars.map { $0 == "\n" || $0 == "\r" ? " " : $0 }))
        let same = streamID == item.streamID && (data == item.event.data || flat == item.event.data)
        // Parsed only when the bytes differ: a repeat merge of a large file meets this for every line.
        func renumbered() -> Bool {
            eventType == ShortIDAllocated.eventType
                ? StreamName.category(of: streamID) == StreamName.category(of: item.streamID) && MergeNumbering.sameButNumber(data, item.event.data)
                : streamID == item.streamID && (MergeNumbering.sameButNumber(data, item.event.data) || MergeNumbering.sameButNumber(flat, item.event.data))
        }
        guard eventType == item.event.eventType, same || renumbered() else {
            throw EventMergeError(
                location: location,
                message: "event \(item.event.eventID) is already stored here with other content; the two stores disagree about it — remove the line to merge the rest",
                isInputError: false)
        }
    }
}
