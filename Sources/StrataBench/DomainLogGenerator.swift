import Foundation
import Strata
import StrataProfile

/// Writes a realistic domain log of `events` events straight through the public append API:
/// contexts, workloads, decisions adopting and re-shaping stores, and a long tail of
/// measurements, the bulk of any log fed by monitoring. Short ids are allocated like the
/// services do, so `W-1`, `ADR-1`, `S-1` resolve.
struct DomainLogGenerator {
    let log: SQLiteEventLog
    let events: Int

    private static let contexts = 10
    private static let workloadsPerContext = 20
    private static let start = Timestamp(microseconds: 1_704_067_200_000_000)   // 2024-01-01

    func generate() throws {
        var batch = Batch(log: log, start: Self.start, total: events)
        var workloads: [(id: String, context: String)] = []
        var stores: [String] = []
        for c in 0..<Self.contexts {
            let context = try batch.mint(.context)
            try batch.add(context.streamID, ContextDefined(contextID: context.id, number: context.number, name: "context-\(c)", description: "bench"))
            for w in 0..<Self.workloadsPerContext {
                let workload = try batch.mint(.workload)
                let profile = WorkloadProfile(name: "workload-\(c)-\(w)", accessPatterns: [[.relational], [.keyLookup, .cache], [.fullText]][w % 3])
                try batch.add(workload.streamID, WorkloadAdded(workloadID: workload.id, number: workload.number, contextID: context.id, profile: profile))
                workloads.append((workload.id, context.id))
            }
            for s in 0..<5 {
                let decision = try batch.mint(.decision)
                let store = try batch.mint(.store)
                let served = workloads.suffix(Self.workloadsPerContext).enumerated().filter { $0.offset % 5 == s }.map(\.element.id)
                let technology: Technology = [.postgresql, .redis, .elasticsearch, .pgvector, .bigquery][s]
                let content = DecisionContent(title: "Adopt \(technology.rawValue) in context-\(c)", context: context.id)
                try batch.add(decision.streamID, DecisionProposed(decisionID: decision.id, number: decision.number, content: content, by: "bench"))
                try batch.add(decision.streamID, DecisionAccepted(decisionID: decision.id, by: "bench", reason: "bench"))
                try batch.add(store.streamID, StoreAdopted(
                    storeID: store.id, number: store.number, decisionID: decision.id, technology: .catalogue(technology), name: "store-\(c)-\(s)",
                    contextID: context.id, role: [.primary, .cache, .search, .vector, .analytics][s], workloadIDs: served,
                    justifications: s == 0 ? [] : [.freeText(text: "bench")]))
                stores.append(store.id)
            }
        }
        var index = 0
        while batch.count < events {
            index += 1
            if index % 5_000 == 0, let store = stores.randomElement() {
                let decision = try batch.mint(.decision)
                try batch.add(decision.streamID, DecisionProposed(decisionID: decision.id, number: decision.number, content: DecisionContent(title: "Scale step \(index)"), by: "bench"))
                try batch.add(decision.streamID, DecisionAccepted(decisionID: decision.id, by: "bench", reason: "bench"))
                try batch.add("store-\(store)", StoreTopologyChanged(storeID: store, decisionID: decision.id, change: .readReplicas(count: index % 4)))
                continue
            }
            let measurement = try batch.mint(.measurement)
            let workload = workloads[index % workloads.count]
            try batch.add(measurement.streamID, MeasurementRecorded(
                measurementID: measurement.id, number: measurement.number, subject: .init(kind: .workload, id: workload.id),
                metric: [.latencyP99Ms, .readsPerSecond, .cpuPercent][index % 3], value: Double(index % 500), source: .production,
                target: 250, note: nil))
        }
        try batch.flush()
    }
}

/// Accumulates events into appends of about 10,000, advancing valid time by a minute per event.
private struct Batch {
    let log: SQLiteEventLog
    var clock: Timestamp
    let total: Int
    var count = 0
    private var pending: [(String, NewEvent)] = []
    private var numbers: [EntityKind: Int] = [:]

    init(log: SQLiteEventLog, start: Timestamp, total: Int) {
        self.log = log
        self.clock = start
        self.total = total
    }

    mutating func mint(_ kind: EntityKind) throws -> EntityRef {
        let number = (numbers[kind] ?? 0) + 1
        numbers[kind] = number
        let ref = EntityRef(kind: kind, id: EventID.make(), number: number)
        try add(kind.counterStream, ShortIDAllocated(kind: kind, number: number, entityID: ref.id))
        return ref
    }

    mutating func add(_ stream: String, _ event: some DomainEvent) throws {
        clock = Timestamp(microseconds: clock.microseconds + 60_000_000)
        pending.append((stream, event.newEvent(effectiveAt: clock)))
        count += 1
        if pending.count >= 10_000 { try flush() }
    }

    mutating func flush() throws {
        guard !pending.isEmpty else { return }
        var order: [String] = []
        var byStream: [String: [NewEvent]] = [:]
        for (stream, event) in pending {
            if byStream[stream] == nil { order.append(stream) }
            byStream[stream, default: []].append(event)
        }
        try log.append(order.map { StreamAppend(streamID: $0, expected: .any, events: byStream[$0] ?? []) }, metadata: EventMetadata(actor: "bench"))
        pending.removeAll(keepingCapacity: true)
    }
}
