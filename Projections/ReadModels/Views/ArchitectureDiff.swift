import Strata
import StrataAdvisor
import StrataProfile

/// What changed between two moments: stores added, retired and re-shaped, decisions whose status
/// changed, and audit verdicts that changed. `strata diff`.
public struct ArchitectureDiff: Codable, Sendable, Equatable {
    public struct StoreChange: Codable, Sendable, Equatable {
        public var store: String
        public var name: String
        public var technology: String
        /// What differs, e.g. `read replicas 0 → 2`.
        public var details: [String]
    }

    /// A decision's status or a store's verdict, before and after.
    public struct StatusChange<Status: Codable & Sendable & Equatable>: Codable, Sendable, Equatable {
        public var id: String
        public var title: String
        /// nil when the item did not exist at `from`.
        public var from: Status?
        public var to: Status?
    }

    public var from: Int64
    public var to: Int64
    public var storesAdded: [StoreChange]
    public var storesRetired: [StoreChange]
    public var storesReshaped: [StoreChange]
    public var decisions: [StatusChange<DecisionStatus>]
    public var verdicts: [StatusChange<AuditVerdict>]
    /// Every store change and decision step recorded in between, in log order; see ``steps(in:after:validAfter:)``.
    public var steps: [Step] = []

    public var isEmpty: Bool {
        storesAdded.isEmpty && storesRetired.isEmpty && storesReshaped.isEmpty && decisions.isEmpty && verdicts.isEmpty && steps.isEmpty
    }

    public static func between(
        _ old: ArchitectureReport, _ new: ArchitectureReport, _ oldLog: DecisionLog, _ newLog: DecisionLog,
        _ oldAudit: AuditReport, _ newAudit: AuditReport
    ) -> ArchitectureDiff {
        let before = Dictionary(uniqueKeysWithValues: old.contexts.flatMap(\.stores).map { ($0.uuid, $0) })
        let after = Dictionary(uniqueKeysWithValues: new.contexts.flatMap(\.stores).map { ($0.uuid, $0) })
        func summary(_ s: ArchitectureReport.Store, _ details: [String]) -> StoreChange {
            StoreChange(store: s.id, name: s.name, technology: s.technology, details: details)
        }
        let added = after.values.filter { before[$0.uuid] == nil || before[$0.uuid]?.status != .active && $0.status == .active }
        let retired = before.values.filter { s in s.status == .active && (after[s.uuid].map { $0.status != .active } ?? true) }
        let reshaped = after.values.compactMap { s -> StoreChange? in
            guard let was = before[s.uuid], was.status == .active, s.status == .active else { return nil }
            let details = reshaping(was, s)
            return details.isEmpty ? nil : summary(s, details)
        }
        let oldStatus = Dictionary(uniqueKeysWithValues: oldLog.decisions.map { ($0.id, $0.status) })
        let decisions = newLog.decisions.filter { oldStatus[$0.id] != $0.status }
            .map { StatusChange(id: $0.id, title: $0.title, from: oldStatus[$0.id], to: $0.status) }
        let oldVerdicts = Dictionary(uniqueKeysWithValues: oldAudit.stores.map { ($0.store, $0.verdict) })
        let newVerdicts = Dictionary(uniqueKeysWithValues: newAudit.stores.map { ($0.store, $0.verdict) })
        let verdicts = Set(oldVerdicts.keys).union(newVerdicts.keys).filter { oldVerdicts[$0] != newVerdicts[$0] }
            .map { id in StatusChange(id: id, title: (newAudit.stores + oldAudit.stores).first { $0.store == id }?.name ?? id,
                                      from: oldVerdicts[id], to: newVerdicts[id]) }
        let order: (StoreChange, StoreChange) -> Bool = { ($0.store.count, $0.store) < ($1.store.count, $1.store) }
        return ArchitectureDiff(
            from: old.position, to: new.position, storesAdded: added.map { summary($0, []) }.sorted(by: order),
            storesRetired: retired.map { summary($0, []) }.sorted(by: order), storesReshaped: reshaped.sorted(by: order),
            decisions: decisions, verdicts: verdicts.sorted { ($0.id.count, $0.id) < ($1.id.count, $1.id) })
    }

    private static func reshaping(_ was: ArchitectureReport.Store, _ now: ArchitectureReport.Store) -> [String] {
        var details: [String] = []
        let a = was.topology, b = now.topology
        if a.scaledUpTo != b.scaledUpTo { details.append("scaled up \(a.scaledUpTo ?? "—") → \(b.scaledUpTo ?? "—")") }
        if a.readReplicas != b.readReplicas { details.append("read replicas \(a.readReplicas) → \(b.readReplicas)") }
        if a.cacheInFront != b.cacheInFront { details.append(b.cacheInFront ? "cache in front added" : "cache in front removed") }
        for model in b.readModels where !a.readModels.contains(model) { details.append("read model '\(model)' added") }
        if a.sharding != b.sharding || a.shardKey != b.shardKey {
            details.append("sharding \(a.sharding.map { "\($0) on \(a.shardKey ?? "?")" } ?? "none") → \(b.sharding.map { "\($0) on \(b.shardKey ?? "?")" } ?? "none")")
        }
        let oldWorkloads = Set(was.workloads.map(\.id)), newWorkloads = Set(now.workloads.map(\.id))
        for w in now.workloads where !oldWorkloads.contains(w.id) { details.append("now serves \(w.id) \(w.name)") }
        for w in was.workloads where !newWorkloads.contains(w.id) { details.append("no longer serves \(w.id) \(w.name)") }
        if was.role != now.role { details.append("role \(was.role) → \(now.role)") }
        return details
    }
}
