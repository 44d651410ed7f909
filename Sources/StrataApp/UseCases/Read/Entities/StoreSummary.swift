import Foundation
import Strata
import StrataProjections

/// One store as `store list` shows it.
public struct StoreSummary: Codable, Sendable, Equatable {
    public var id: String
    public var uuid: String
    public var name: String
    /// A catalogue id, or `other:NAME` for a technology outside the catalogue.
    public var technology: String
    public var category: StoreCategory
    public var context: String
    public var role: StoreRole
    public var status: LifecycleStatus
    /// Short ids of the workloads it serves.
    public var workloads: [String]
    /// The decision that adopted it.
    public var adoptedBy: String
    public var adoptedAt: String

    init(_ row: StoreRow, _ index: ReadIndex) throws {
        id = row.shortID; uuid = row.id; name = row.name
        technology = try StoredValue.technology(row.technology, category: row.category, column: "rm_stores.technology").id
        category = try StoredValue.decode(row.category, as: StoreCategory.self, column: "rm_stores.category")
        context = index.shortID(row.contextID)
        role = try StoredValue.decode(row.role, as: StoreRole.self, column: "rm_stores.role")
        status = try StoredValue.decode(row.status, as: LifecycleStatus.self, column: "rm_stores.status")
        workloads = (index.serving[row.id] ?? []).map(index.shortID)
        adoptedBy = index.shortID(row.adoptedBy); adoptedAt = row.adoptedAt.iso8601
    }
}

/// Every store at one moment, narrowed by a list query.
public struct StoreList: Codable, Sendable, Equatable {
    public var position: Int64
    public var stores: [StoreSummary]
}

/// One store in full: topology, workloads, the decisions that shaped it, its audit verdict.
public struct StoreDetail: Codable, Sendable, Equatable {
    /// One decision's change to the store.
    public struct Change: Codable, Sendable, Equatable {
        public var decision: String
        public var title: String
        /// `adopted`, `topology`, `retired`, `workload-moved-in` or `workload-moved-out`.
        public var change: StoreChangeKind
        public var detail: String
        public var effectiveAt: String
    }

    public var position: Int64
    public var store: StoreSummary
    public var topology: ArchitectureReport.Topology
    public var workloads: [WorkloadSummary]
    public var changes: [Change]
    /// The justification audit's verdict and evidence; nil for a retired store.
    public var audit: AuditReport.Store?
}
