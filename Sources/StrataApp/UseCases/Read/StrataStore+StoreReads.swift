import Foundation
import Strata
import StrataProfile
import StrataProjections

extension StrataStore {
    /// Which stores to list; every given field narrows.
    public struct StoreQuery: Sendable, Equatable {
        /// The owning context: C-N, UUID or name.
        public var context: String?
        /// `active` or `retired`.
        public var status: String?
        /// A technology id, e.g. `postgresql`.
        public var technology: String?
        public init(context: String? = nil, status: String? = nil, technology: String? = nil) {
            self.context = context; self.status = status; self.technology = technology.map(Technology.canonicalID)
        }
    }

    /// Every store at `moment`, with its technology, role, context and workloads.
    public func listStores(at moment: Moment = .now, _ query: StoreQuery = StoreQuery()) throws(AppError) -> StoreList {
        try ReadIndex.checkStatus(query.status)
        return try self.query(moment) { view in
            let index = try ReadIndex(view.reader)
            try index.checkContext(query.context)
            try FilterValue.check(
                query.technology, field: .technology, noun: "technology",
                known: Technology.allCases.map(\.rawValue) + index.stores.map(\.technology))
            let rows = index.stores.filter {
                (query.status == nil || $0.status == query.status?.lowercased()) && index.inContext($0.contextID, query.context)
                    && (query.technology == nil || $0.technology.lowercased() == query.technology?.lowercased())
            }
            return StoreList(position: view.position, stores: try rows.map { try StoreSummary($0, index) })
        }
    }

    /// One store (S-N or UUID) at `moment`: topology, workloads, the decisions that adopted
    /// and changed it, and its audit verdict.
    public func storeDetail(_ reference: String, at moment: Moment = .now) throws(AppError) -> StoreDetail {
        try query(moment) { view in
            let index = try ReadIndex(view.reader)
            let row = try index.store(reference)
            let titles = Dictionary(uniqueKeysWithValues: index.decisions.map { ($0.id, $0.title) })
            let changes = try view.reader.storeChanges().filter { $0.storeID == row.id }.map {
                StoreDetail.Change(
                    decision: index.shortID($0.decisionID), title: titles[$0.decisionID] ?? "",
                    change: try StoredValue.decode($0.change, as: StoreChangeKind.self, column: "rm_store_changes.change"),
                    detail: index.shortID($0.detail), effectiveAt: $0.effectiveAt.iso8601)
            }
            let served = Set(index.serving[row.id] ?? [])
            return StoreDetail(
                position: view.position, store: try StoreSummary(row, index),
                topology: ArchitectureReport.Topology(row.topology),
                workloads: try index.workloads.filter { served.contains($0.id) }.map { try WorkloadSummary($0, index) },
                changes: changes,
                audit: try AuditReport.build(view).stores.first { $0.store == row.shortID })
        }
    }
}
