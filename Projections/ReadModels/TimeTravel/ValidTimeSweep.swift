import GRDB
import Strata
import StrataMigrations

extension ReadSide {
    /// The architecture as the log knew it at `cut` (nil: now), in effect at each of `instants`,
    /// in their order: what `arch --as-of cut --valid-at instant` prints for each, in one pass.
    ///
    /// Building each moment alone folds the log once per instant; a report with a time slider
    /// over thousands of decisions asks for thousands of them.
    ///
    /// `progress` hears the instants read so far and how many there are.
    public func architectures(
        asOf cut: TimeCut?, validAt instants: [Timestamp], progress: ((_ done: Int, _ total: Int) -> Void)? = nil
    ) throws -> [ArchitectureReport] {
        guard !instants.isEmpty else { return [] }
        let (events, position) = try log.read { store in
            let position = try SQLiteEventLog.position(at: cut ?? .position(Int64.max), in: store)
            var events: [ValidTimeSweep.Fact] = []
            try SQLiteEventLog.scan(EventQuery(after: 0, upTo: .position(position)), in: store) { event in
                if let fact = try ValidTimeSweep.Fact(event) { events.append(fact) }
            }
            return (events, position)
        }
        var sweep = ValidTimeSweep(events: events, projection: projection)
        let memory = try DatabaseQueue()
        return try memory.write { db in
            try db.execute(sql: ReadModelSchema.tables)
            var reports: [Timestamp: ArchitectureReport] = [:]
            var previous: ArchitectureReport?
            let sorted = Set(instants).sorted()
            for (index, instant) in sorted.enumerated() {
                progress?(index, sorted.count)
                var report: ArchitectureReport
                if try sweep.advance(to: instant, in: db) || previous == nil {
                    let view = ReadModelView(reader: ReadModelReader(db), position: position, moment: Moment(asOf: cut, validAt: instant))
                    report = try ArchitectureReport.build(view)
                } else {
                    report = previous!
                    report.validAt = instant.iso8601
                }
                reports[instant] = report
                previous = report
            }
            return instants.map { reports[$0]! }
        }
    }
}

/// Folds the facts of a log in order of effective time into one database, so that after
/// ``advance(to:in:)`` it holds what a fold of the facts effective by then, in log order, holds.
///
/// A fact recorded after others but effective before them is folded after them here. That is
/// the same only when it touches none of the entities they touched
/// (see ``ReadModelProjection/fold(_:of:measurements:in:)``); when it does, the sweep refolds
/// every fact in effect in log order, so the result never depends on the order of recording.
///
/// Only what an architecture report reads is kept exact: contexts, workloads and stores in
/// full, decisions by proposal only (their short ids); measurements, advice, the rest of the
/// decisions' facts and the audit are left out.
struct ValidTimeSweep {
    /// A fact the sweep folds, with the entities whose rows it reads or writes.
    struct Fact {
        let event: RecordedEvent
        let fact: DomainFact
        let entities: [String]

        /// Nil for a fact no architecture report can see. Of a decision's facts only its proposal
        /// counts: the report reads a decision for its short id alone, which the proposal sets.
        init?(_ event: RecordedEvent) throws {
            guard let fact = try DomainFact(event) else { return nil }
            switch fact {
            case .shortID, .measurement, .advice:
                return nil
            case .decision(let decision):
                guard case .proposed(let proposal) = decision else { return nil }
                entities = [proposal.decisionID.lowercased()]
            case .context, .workload, .store:
                entities = EntityIDs.all(in: event.data) + EntityIDs.all(in: event.streamID)
            }
            self.event = event
            self.fact = fact
        }

        /// The decision a proposal is about, or nil for any other fact.
        var proposedDecision: String? {
            if case .decision = fact { return entities.first }
            return nil
        }
    }

    let events: [Fact]
    let projection: ReadModelProjection
    /// Indices into `events` by effective time, then position.
    private let byEffectiveTime: [Int]
    private var next = 0
    /// Indices into `events` of the facts folded so far, in the order they were folded.
    private var folded: [Int] = []
    /// The last position folded that touched each entity.
    private var lastTouch: [String: Int64] = [:]
    /// The entities named by the context, workload and store facts folded so far.
    private var namedByArchitecture: Set<String> = []

    init(events: [Fact], projection: ReadModelProjection) {
        self.events = events
        self.projection = projection
        byEffectiveTime = events.indices.sorted {
            (events[$0].event.effectiveAt, events[$0].event.position) < (events[$1].event.effectiveAt, events[$1].event.position)
        }
    }

    /// Folds every fact effective at or before `instant` not folded yet; instants must not decrease.
    ///
    /// - Returns: whether what an architecture report reads may have changed. It reads decisions
    ///   only for the short ids of those a store or a change names, so a fact about any other
    ///   decision leaves the report as it was.
    mutating func advance(to instant: Timestamp, in db: Database) throws -> Bool {
        var arriving: [Int] = []
        while next < byEffectiveTime.count, events[byEffectiveTime[next]].event.effectiveAt <= instant {
            arriving.append(byEffectiveTime[next])
            next += 1
        }
        arriving.sort()   // `events` is in log order, so index order is position order
        var changed = false
        for (offset, index) in arriving.enumerated() {
            let fact = events[index]
            if fact.entities.contains(where: { (lastTouch[$0] ?? 0) > fact.event.position }) {
                try refold(folded + arriving[offset...], in: db)
                return true
            }
            changed = try fold(index, in: db) || changed
        }
        return changed
    }

    /// Folds one fact; true when it may change an architecture report.
    private mutating func fold(_ index: Int, in db: Database) throws -> Bool {
        let fact = events[index]
        try projection.fold(fact.fact, of: fact.event, in: db)
        for entity in fact.entities { lastTouch[entity] = max(lastTouch[entity] ?? 0, fact.event.position) }
        folded.append(index)
        if let decision = fact.proposedDecision {
            // A proposal changes the report only if a store or a change already names it.
            return namedByArchitecture.contains(decision)
        }
        namedByArchitecture.formUnion(fact.entities)
        return true
    }

    private mutating func refold(_ indices: [Int], in db: Database) throws {
        for table in ReadModelTables.folded { try db.execute(sql: "DELETE FROM \(table)") }
        folded = []
        lastTouch = [:]
        namedByArchitecture = []
        for index in indices.sorted() { _ = try fold(index, in: db) }
    }
}

/// Finds entity ids (UUIDs in their canonical 36-character form) in text, lowercased.
enum EntityIDs {
    static func all(in text: String) -> [String] {
        let bytes = Array(text.utf8)
        var found: [String] = []
        var i = 0
        while i + 36 <= bytes.count {
            if isUUID(bytes, at: i) {
                found.append(String(decoding: bytes[i..<(i + 36)], as: UTF8.self).lowercased())
                i += 36
            } else {
                i += 1
            }
        }
        return found
    }

    private static func isUUID(_ bytes: [UInt8], at i: Int) -> Bool {
        // The dashes first: they rule out almost every position at once.
        for dash in [8, 13, 18, 23] where bytes[i + dash] != UInt8(ascii: "-") { return false }
        for offset in 0..<36 where ![8, 13, 18, 23].contains(offset) && !isHex(bytes[i + offset]) { return false }
        return true
    }

    private static func isHex(_ byte: UInt8) -> Bool {
        (byte >= 48 && byte <= 57) || (byte >= 97 && byte <= 102) || (byte >= 65 && byte <= 70)
    }
}
