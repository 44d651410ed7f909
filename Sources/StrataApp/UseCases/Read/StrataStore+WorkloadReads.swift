import Foundation
import Strata
import StrataProjections

extension StrataStore {
    /// Which workloads to list; every given field narrows.
    public struct WorkloadQuery: Sendable, Equatable {
        /// The owning context: C-N, UUID or name.
        public var context: String?
        /// `active` or `retired`.
        public var status: String?
        public init(context: String? = nil, status: String? = nil) { self.context = context; self.status = status }
    }

    /// Every workload at `moment`, with its context, access patterns and serving stores.
    public func listWorkloads(at moment: Moment = .now, _ query: WorkloadQuery = WorkloadQuery()) throws(AppError) -> WorkloadList {
        try ReadIndex.checkStatus(query.status)
        return try self.query(moment) { view in
            let index = try ReadIndex(view.reader)
            try index.checkContext(query.context)
            let rows = index.workloads.filter {
                (query.status == nil || $0.status == query.status?.lowercased()) && index.inContext($0.contextID, query.context)
            }
            return WorkloadList(position: view.position, workloads: try rows.map { try WorkloadSummary($0, index) })
        }
    }

    /// One workload (W-N or UUID) at `moment`: its current profile, stores and latest figures.
    public func workloadDetail(_ reference: String, at moment: Moment = .now) throws(AppError) -> WorkloadDetail {
        try query(moment) { view in
            let index = try ReadIndex(view.reader)
            let row = try index.workload(reference)
            let latest = try view.reader.latestMeasurements(about: [row.id]).sorted { $0.metric < $1.metric }
            return WorkloadDetail(
                position: view.position, workload: try WorkloadSummary(row, index), profile: row.decodedProfile,
                stores: try index.stores.filter { index.serving[$0.id]?.contains(row.id) ?? false }.map { try StoreSummary($0, index) },
                latestMeasurements: try latest.map { try MeasurementSummary($0, index) })
        }
    }
}
