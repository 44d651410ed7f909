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
        let (events, position) = try sweptFacts(.architecture, asOf: cut)
        var sweep = ValidTimeSweep(events: events, projection: projection, scope: .architecture)
        let memory = try DatabaseQueue()
        return try memory.write { db in
            try db.execute(sql: ReadModelSchema.tables)
            var reports: [Timestamp: ArchitectureReport] = [:]
            var previous: ArchitectureReport?
            let sorted = Set(instants).sorted()
            for (index, instant) in sorted.enumerated() {
                progress?(index, sorted.count)
                var report: ArchitectureReport
                if try sweep.advance(to: instant, in: db).contains(.design) || previous == nil {
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

    /// The facts a sweep of `scope` folds, as the log knew them at `cut` (nil: now), and the
    /// position that is.
    func sweptFacts(_ scope: ValidTimeSweep.Scope, asOf cut: TimeCut?) throws -> ([ValidTimeSweep.Fact], Int64) {
        try log.read { store in
            let position = try SQLiteEventLog.position(at: cut ?? .position(Int64.max), in: store)
            return (try ValidTimeSweep.facts(scope, upTo: position, in: store), position)
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
/// Only what its ``Scope`` reads is kept exact; the rest of the tables is left out.
struct ValidTimeSweep {
    /// What the folded tables must answer exactly.
    enum Scope {
        /// An architecture report: contexts, workloads and stores in full; of the decisions,
        /// the proposals (their short ids) of those that made a store or workload change.
        case architecture
        /// An architecture report and the audit: contexts, workloads, stores and advice in full,
        /// every fact of the decisions that made a store or workload change, and only the
        /// measurements the audit can read (see ``ValidTimeSweep/facts(_:upTo:in:)``).
        case audit
    }

    /// What a fold may have changed.
    struct Changes: OptionSet {
        let rawValue: Int
        static let design = Changes(rawValue: 1)
        static let audit = Changes(rawValue: 2)
        static let all: Changes = [.design, .audit]
    }

    /// A fact the sweep folds, with the entities whose rows it reads or writes.
    struct Fact {
        let event: RecordedEvent
        let fact: DomainFact
        let entities: [String]

        /// Nil for a fact nothing in `scope` can see. A report reads a decision only when it, or
        /// one its fact names, made a store or workload change (`deciding`, for the whole log):
        /// the design for its short id, which its proposal sets, the audit for its status too.
        init?(_ event: RecordedEvent, _ fact: DomainFact, scope: Scope, deciding: Set<String>) {
            switch (fact, scope) {
            case (.shortID, _), (.measurement, .architecture), (.advice, .architecture):
                return nil
            case (.decision(let decision), _):
                let named = EntityIDs.all(in: event.data) + EntityIDs.all(in: event.streamID)
                guard named.contains(where: deciding.contains) else { return nil }
                let proposal: String? = if case .proposed(let proposed) = decision { proposed.decisionID.lowercased() } else { nil }
                if case .audit = scope {
                    entities = (proposal.map { [$0] } ?? []) + named
                } else {
                    guard let proposal else { return nil }
                    entities = [proposal]
                }
            default:
                entities = EntityIDs.all(in: event.data) + EntityIDs.all(in: event.streamID)
            }
            self.event = event
            self.fact = fact
        }

        /// The decision a proposal is about, or nil for any other fact.
        var proposedDecision: String? {
            if case .decision(.proposed) = fact { return entities.first }
            return nil
        }

        /// The decision a store's adoption, retirement or change, or a workload's move, was made by.
        var deciding: String? { Self.deciding(fact) }

        static func deciding(_ fact: DomainFact) -> String? {
            switch fact {
            case .store(.adopted(let e)): e.decisionID.lowercased()
            case .store(.retired(let e)): e.decisionID.lowercased()
            case .store(.topologyChanged(let e)): e.decisionID.lowercased()
            case .workload(.moved(let e)): e.decisionID.lowercased()
            default: nil
            }
        }
    }

    let events: [Fact]
    let projection: ReadModelProjection
    let scope: Scope
    /// Indices into `events` by effective time, then position.
    private let byEffectiveTime: [Int]
    private var next = 0
    /// Indices into `events` of the facts folded so far, in the order they were folded.
    private var folded: [Int] = []
    /// The last position folded that touched each entity.
    private var lastTouch: [String: Int64] = [:]
    /// The entities named by the context, workload and store facts folded so far.
    private var namedByArchitecture: Set<String> = []
    /// The decisions that made the store and workload changes folded so far.
    private var deciding: Set<String> = []
    /// The entities named by the store facts and workload moves folded so far.
    private var namedByStores: Set<String> = []

    init(events: [Fact], projection: ReadModelProjection, scope: Scope) {
        self.events = events
        self.projection = projection
        self.scope = scope
        byEffectiveTime = events.indices.sorted {
            (events[$0].event.effectiveAt, events[$0].event.position) < (events[$1].event.effectiveAt, events[$1].event.position)
        }
    }

    /// Every distinct effective time of the facts, oldest first: between two of them nothing
    /// the sweep folds changes.
    var effectiveTimes: [Timestamp] {
        var times: [Timestamp] = []
        for index in byEffectiveTime where times.last != events[index].event.effectiveAt { times.append(events[index].event.effectiveAt) }
        return times
    }

    /// Folds every fact effective at or before `instant` not folded yet; instants must not decrease.
    ///
    /// - Returns: what may have changed. An architecture report reads decisions only for the
    ///   short ids of those a store or a change names, and the audit reads only the decisions
    ///   that adopted a store, so a fact about any other decision changes neither.
    mutating func advance(to instant: Timestamp, in db: Database) throws -> Changes {
        var arriving: [Int] = []
        while next < byEffectiveTime.count, events[byEffectiveTime[next]].event.effectiveAt <= instant {
            arriving.append(byEffectiveTime[next])
            next += 1
        }
        arriving.sort()   // `events` is in log order, so index order is position order
        var changed: Changes = []
        for (offset, index) in arriving.enumerated() {
            let fact = events[index]
            if fact.entities.contains(where: { (lastTouch[$0] ?? 0) > fact.event.position }) {
                try refold(folded + arriving[offset...], in: db)
                return .all
            }
            changed.formUnion(try fold(index, in: db))
        }
        return changed
    }

    /// Folds one fact; returns what it may change.
    private mutating func fold(_ index: Int, in db: Database) throws -> Changes {
        let fact = events[index]
        try projection.fold(fact.fact, of: fact.event, in: db)
        for entity in fact.entities { lastTouch[entity] = max(lastTouch[entity] ?? 0, fact.event.position) }
        folded.append(index)
        switch fact.fact {
        case .decision:
            // A decision changes a report only if a store or a change already names it: its
            // short id for the design, its status too for the audit.
            let proposal = fact.proposedDecision.map(namedByArchitecture.contains) ?? false
            let deciding = fact.entities.contains(where: deciding.contains)
            var changes: Changes = []
            if proposal { changes.insert(.design) }
            if deciding { changes.insert(.audit) }
            return changes
        case .measurement, .advice:
            return .audit
        case .store, .workload(.moved):
            namedByArchitecture.formUnion(fact.entities)
            namedByStores.formUnion(fact.entities)
            if let decision = fact.deciding { deciding.insert(decision) }
            return .all
        default:
            // A context or a workload reaches the audit only through a store that names it
            // (serves it, cites it, sits in it): until one does, it changes the design alone.
            namedByArchitecture.formUnion(fact.entities)
            return EntityIDs.all(in: fact.event.streamID).contains(where: namedByStores.contains) ? .all : .design
        }
    }

    private mutating func refold(_ indices: [Int], in db: Database) throws {
        for table in ReadModelTables.folded + ReadModelTables.positional { try db.execute(sql: "DELETE FROM \(table)") }
        folded = []
        lastTouch = [:]
        namedByArchitecture = []
        deciding = []
        namedByStores = []
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
