import Foundation
import Strata
import StrataAdvisor
import StrataProfile

/// Everything the audit reads, loaded once from the read-model tables, and the mapping from a
/// store row to the advisor's ``ReviewedStore`` with its evidence chain.
struct AuditInput {
    var stores: [StoreRow]
    var workloads: [String: WorkloadRow]
    var measurements: [String: MeasurementRow]
    var decisions: [String: DecisionRow]
    var serving: [String: [String]]
    var changes: [String: [StoreChangeRow]]
    /// Store UUID → what its latest breached measurement before sharding limited.
    var shardingDrivers: [String: BottleneckKind] = [:]
    let memo: AuditParseMemo

    init(_ reader: ReadModelReader, memo: AuditParseMemo = AuditParseMemo()) throws {
        self.memo = memo
        stores = try reader.stores().filter(\.isActive)
        workloads = Dictionary(uniqueKeysWithValues: try reader.workloads().map { ($0.id, $0) })
        // Only cited measurements matter, and a monitored log holds millions of the others.
        let cited = stores.flatMap(\.justifications).flatMap { justification -> [String] in
            if case .measuredBottleneck(let ids) = justification { return ids }
            return []
        }
        measurements = Dictionary(uniqueKeysWithValues: try reader.measurements(ids: Set(cited)).map { ($0.id, $0) })
        // A verdict names the decision that adopted each store, and no other.
        decisions = Dictionary(uniqueKeysWithValues: try reader.decisions(ids: Set(stores.map(\.adoptedBy))).map { ($0.id, $0) })
        serving = try reader.serving()
        changes = Dictionary(grouping: try reader.storeChanges(), by: \.storeID)
        let since = try reader.servingSince()
        for store in stores {
            guard let sharded = changes[store.id]?.first(where: { $0.scalingStep == "sharding" }) else { continue }
            let subjects = Set([store.id] + (serving[store.id] ?? []))
            // What drove the sharding was measured on this store, not on one a workload left.
            let before = try reader.measurements(about: subjects)
                .filter { $0.observedAt <= sharded.effectiveAt && since.isTaken($0, on: store.id) }
            shardingDrivers[store.id] = ArchitectureAdviceReport.latestBottlenecks(before).max { $0.observedAt < $1.observedAt }?.kind
        }
    }

    func shortID(decision id: String) -> String { decisions[id]?.shortID ?? id }

    /// The store as the review sees it, with the evidence chain that explains its verdict.
    func reviewed(_ store: StoreRow, isFirst: Bool) -> (ReviewedStore, [AuditEvidence]) {
        var evidence: [JustificationEvidence] = []
        var chain: [AuditEvidence] = []
        let decided = store.adoptedAt
        func link(_ kind: String, _ text: String, measurement: MeasurementRow? = nil, workload: WorkloadRow? = nil, holds: Bool, why: String?) {
            chain.append(AuditEvidence(
                decision: shortID(decision: store.adoptedBy), decidedAt: decided.iso8601, kind: kind, text: text,
                measurement: measurement?.shortID, workload: workload?.shortID, observedAt: measurement?.observedAt.iso8601,
                holds: holds, why: why))
        }
        // Cited but absent from this moment (a valid time before it took effect): still a claim.
        func missing(_ id: String, _ kind: String) {
            evidence.append(JustificationEvidence(text: "cites \(id), not in effect at this moment", basis: .statement, claimsPerformance: false))
            link(kind, "cites an item not in effect at this moment", holds: false, why: "not in effect at this moment")
        }
        for justification in store.justifications {
            switch justification {
            case .measuredBottleneck(let ids):
                for id in ids {
                    guard let m = measurements[id] else {
                        missing(id, "measured-bottleneck")
                        continue
                    }
                    let text = "\(m.metric) \(Bottleneck.format(m.value)) \(m.unit)" + (m.target.map { " against target \(Bottleneck.format($0)) \(m.unit)" } ?? "")
                    var item = JustificationEvidence.measured(m.measuredBottleneck, text)
                    item.withdrawn = m.retraction != nil
                    evidence.append(item)
                    let why: String? =
                        if let reason = m.retraction { "retracted: \(reason)" }
                        else if !m.isBottleneck { "meets its target, so it shows no bottleneck" }
                        else if m.observedAt > decided { "observed after the decision took effect" }
                        else { nil }
                    link("measured-bottleneck", text, measurement: m, holds: why == nil, why: why)
                }
            case .accessPattern(let ids, let note):
                for id in ids {
                    guard let w = workloads[id] else {
                        missing(id, "access-pattern")
                        continue
                    }
                    let current = Set(memo.profile(w.profile)?.accessPatterns ?? [])
                    for raw in store.citedPatterns[id] ?? [] {
                        guard let pattern = AccessPattern(rawValue: raw) else { continue }
                        let gone = w.status == "retired" || !current.contains(pattern)
                        let text = note ?? "\(w.shortID) '\(w.name)' needs \(raw)"
                        evidence.append(JustificationEvidence(
                            text: text, basis: .capability(pattern), claimsPerformance: PerformanceClaim.detects(text), withdrawn: gone))
                        let why: String? = w.status == "retired" ? "\(w.shortID) was retired" : (gone ? "\(w.shortID) was revised and no longer needs \(raw)" : nil)
                        link("access-pattern", text, workload: w, holds: !gone, why: why)
                    }
                }
            case .capability(let capability, let ids):
                let cited = ids.compactMap { workloads[$0] }
                if cited.isEmpty, let first = ids.first { missing(first, "capability"); continue }
                let gone = !cited.isEmpty && cited.allSatisfy { $0.status == "retired" }
                let text = "\(capability.rawValue) for " + (cited.isEmpty ? "its workloads" : cited.map(\.shortID).joined(separator: ", "))
                evidence.append(JustificationEvidence(
                    text: text, basis: .capability(capability.accessPattern), claimsPerformance: false, withdrawn: gone))
                link("capability", text, workload: cited.first, holds: !gone, why: gone ? "every workload that needed it was retired" : nil)
            case .freeText(let text):
                evidence.append(JustificationEvidence(text: text, basis: .statement, claimsPerformance: PerformanceClaim.detects(text)))
                link("statement", text, holds: false, why: "cites no measurement, workload or capability")
            }
        }
        let served = (serving[store.id] ?? []).compactMap { workloads[$0] }.filter { $0.status == "active" }
        let profiles = served.compactMap { memo.profile($0.profile) }
        let steps = (changes[store.id] ?? []).compactMap { $0.scalingStep.flatMap(ScalingStep.init(rawValue:)) }
        let review = ReviewedStore(
            name: "\(store.shortID) \(store.name)",
            technology: memo.technology(store.technology, category: store.category) ?? .catalogue(.postgresql),
            context: store.contextID, isFirst: isFirst, decidedAt: decided.date, justifications: evidence,
            workloads: profiles, scalingHistory: steps, shardingDrivenBy: shardingDrivers[store.id])
        return (review, chain)
    }
}

extension Capability {
    /// The access pattern a store with this capability serves.
    var accessPattern: AccessPattern {
        switch self {
        case .fullText: .fullText
        case .vectorSimilarity: .vectorSimilarity
        case .graphTraversal: .graphTraversal
        case .timeSeries: .timeSeries
        case .eventStreaming: .eventStream
        case .geo: .geo
        case .caching: .cache
        case .analytics: .aggregation
        case .pubSub: .pubSub
        case .queue: .queue
        case .transactions: .relational
        }
    }
}
