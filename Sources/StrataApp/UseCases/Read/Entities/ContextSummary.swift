import Foundation
import Strata
import StrataProjections

/// One bounded context as `context list` shows it: what it owns, by short id.
public struct ContextSummary: Codable, Sendable, Equatable {
    public var id: String
    public var uuid: String
    public var name: String
    public var description: String
    /// `active` or `retired`.
    public var status: LifecycleStatus
    /// Its workloads' and stores' short ids, retired ones included.
    public var workloads: [String]
    public var stores: [String]

    init(_ row: ContextRow, _ index: ReadIndex) throws {
        id = row.shortID; uuid = row.id; name = row.name; description = row.description
        status = try StoredValue.decode(row.status, as: LifecycleStatus.self, column: "rm_contexts.status")
        workloads = index.workloads.filter { $0.contextID == row.id }.map(\.shortID)
        stores = index.stores.filter { $0.contextID == row.id }.map(\.shortID)
    }
}

/// Every context at one moment, narrowed by a list query.
public struct ContextList: Codable, Sendable, Equatable {
    public var position: Int64
    public var contexts: [ContextSummary]
}

/// One context in full: its workloads, its stores and the decisions about it.
public struct ContextDetail: Codable, Sendable, Equatable {
    public var position: Int64
    public var context: ContextSummary
    public var workloads: [WorkloadSummary]
    public var stores: [StoreSummary]
    /// Decisions whose context it is, with status.
    public var decisions: [DecisionRef]
}

/// A decision named from another record: enough to find it and judge it at a glance.
public struct DecisionRef: Codable, Sendable, Equatable {
    public var id: String
    public var title: String
    public var status: DecisionStatus

    init(_ row: DecisionRow) throws {
        id = row.shortID; title = row.title
        status = try StoredValue.decode(row.status, as: DecisionStatus.self, column: "rm_decisions.status")
    }
}
