import Foundation
import Strata
import StrataProjections

extension StrataStore {
    /// Which contexts to list; every given field narrows.
    public struct ContextQuery: Sendable, Equatable {
        /// `active` or `retired`.
        public var status: String?
        public init(status: String? = nil) { self.status = status }
    }

    /// Every bounded context at `moment`, with the workloads and stores it owns.
    public func listContexts(at moment: Moment = .now, _ query: ContextQuery = ContextQuery()) throws(AppError) -> ContextList {
        try ReadIndex.checkStatus(query.status)
        return try self.query(moment) { view in
            let index = try ReadIndex(view.reader)
            let rows = index.contexts.filter { query.status == nil || $0.status == query.status?.lowercased() }
            return ContextList(position: view.position, contexts: try rows.map { try ContextSummary($0, index) })
        }
    }

    /// One context (C-N, UUID or name) at `moment`: its workloads, stores and decisions.
    public func contextDetail(_ reference: String, at moment: Moment = .now) throws(AppError) -> ContextDetail {
        try query(moment) { view in
            let index = try ReadIndex(view.reader)
            let row = try index.context(reference)
            return ContextDetail(
                position: view.position, context: try ContextSummary(row, index),
                workloads: try index.workloads.filter { $0.contextID == row.id }.map { try WorkloadSummary($0, index) },
                stores: try index.stores.filter { $0.contextID == row.id }.map { try StoreSummary($0, index) },
                decisions: try index.decisions.filter { $0.contextID == row.id }.map(DecisionRef.init))
        }
    }
}
