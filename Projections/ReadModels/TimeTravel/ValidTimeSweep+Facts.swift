import GRDB
import Strata
import StrataJSON

extension ValidTimeSweep {
    /// The facts a sweep of `scope` folds, in log order, up to `position`.
    ///
    /// Measurements are most of a monitored log and neither report reads them whole, so they are
    /// left in the table undecoded. The audit reads only the measurements a store cites and those
    /// about a sharded store (what drove the sharding): the sweep takes every measurement whose
    /// id any store fact names, or whose subject any fact naming a sharded store names, a
    /// superset of what the audit can read at any instant, with their retractions.
    static func facts(_ scope: Scope, upTo position: Int64, in store: Database) throws -> [Fact] {
        // Short-id allocations too: one per entity, measurements included, and no report reads them.
        // Naming the types read, not those skipped, lets SQLite find them through the type index
        // instead of reading every row of a log that is mostly measurements.
        let skipped: Set = [MeasurementRecorded.eventType, MeasurementRetracted.eventType, ShortIDAllocated.eventType]
        let read = DomainFact.eventTypes.subtracting(skipped).sorted()
        let condition = "event_type IN (\(Array(repeating: "?", count: read.count).joined(separator: ", ")))"
        var decoded: [(RecordedEvent, DomainFact)] = []
        var decisions: [RecordedEvent] = []
        try SQLiteEventLog.scan(upTo: position, where: condition, arguments: StatementArguments(read), in: store) { event in
            if event.eventType.hasPrefix("decision.") { decisions.append(event) } else if let fact = try DomainFact(event) { decoded.append((event, fact)) }
        }
        // Either report reads a decision only if it made a store or workload change: a log of
        // thousands of records names a few dozen, so the rest are never decoded.
        let deciding = Set(decoded.compactMap { Fact.deciding($0.1) })
        for event in decisions where (EntityIDs.all(in: event.streamID) + EntityIDs.all(in: event.data)).contains(where: deciding.contains) {
            if let fact = try DomainFact(event) { decoded.append((event, fact)) }
        }
        decoded.sort { $0.0.position < $1.0.position }
        let facts = decoded.compactMap { Fact($0.0, $0.1, scope: scope, deciding: deciding) }
        guard case .audit = scope else { return facts }
        let (cited, subjects) = auditedMeasurements(facts)
        guard !cited.isEmpty || !subjects.isEmpty else { return facts }
        let measurements = try self.measurements(cited: cited, about: subjects, upTo: position, in: store)
        guard !measurements.isEmpty else { return facts }
        return (facts + measurements).sorted { $0.event.position < $1.event.position }
    }

    /// The ids store facts name (cited measurements among them) and the subjects of every fact
    /// that names a store sharded at some time.
    private static func auditedMeasurements(_ facts: [Fact]) -> (cited: Set<String>, subjects: Set<String>) {
        var cited: Set<String> = [], sharded: Set<String> = []
        for fact in facts {
            guard case .store(let event) = fact.fact else { continue }
            cited.formUnion(fact.entities)
            if case .topologyChanged(let change) = event, change.change.scalingStep == "sharding" { sharded.insert(change.storeID.lowercased()) }
        }
        guard !sharded.isEmpty else { return (cited, []) }
        var subjects = sharded
        for fact in facts where fact.entities.contains(where: sharded.contains) { subjects.formUnion(fact.entities) }
        return (cited, subjects)
    }

    /// The recordings with an id in `cited` or a subject in `subjects`, and their retractions:
    /// each in its measurement's stream, found through the stream index; only a sharded store
    /// makes the sweep read every recording's subject.
    private static func measurements(cited: Set<String>, about subjects: Set<String>, upTo position: Int64, in store: Database) throws -> [Fact] {
        var ids = cited
        if !subjects.isEmpty {
            let recorded = """
                SELECT lower(json_extract(data, '$.measurementID')) FROM events
                WHERE position <= ? AND event_type = ? AND lower(json_extract(data, '$.subject.id')) IN (SELECT value FROM json_each(?))
                """
            ids.formUnion(try String.fetchAll(store, sql: recorded, arguments: [position, MeasurementRecorded.eventType, try JSONCodec.text(subjects.sorted())]))
        }
        let streams = ids.sorted().map { EntityRef.streamID(kind: .measurement, id: $0) }
        var facts: [Fact] = []
        // By stream alone, so SQLite looks each stream up rather than walking every recording.
        let condition = "stream_id IN (SELECT value FROM json_each(?))"
        try SQLiteEventLog.scan(upTo: position, where: condition, arguments: [try JSONCodec.text(streams)], in: store) { event in
            guard let fact = try DomainFact(event), case .measurement = fact else { return }
            if let swept = Fact(event, fact, scope: .audit, deciding: []) { facts.append(swept) }
        }
        return facts
    }
}
