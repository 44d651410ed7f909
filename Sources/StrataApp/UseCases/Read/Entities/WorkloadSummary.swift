import Foundation
import Strata
import StrataProfile
import StrataProjections

/// One workload as `workload list` shows it.
public struct WorkloadSummary: Codable, Sendable, Equatable {
    public var id: String
    public var uuid: String
    public var name: String
    /// The owning context's short id.
    public var context: String
    public var status: LifecycleStatus
    /// How many times its profile was revised since it was added.
    public var revision: Int
    public var accessPatterns: [String]
    /// Short ids of the stores serving it.
    public var stores: [String]
    public var addedAt: String
    public var revisedAt: String?

    init(_ row: WorkloadRow, _ index: ReadIndex) throws {
        id = row.shortID; uuid = row.id; name = row.name; context = index.shortID(row.contextID)
        status = try StoredValue.decode(row.status, as: LifecycleStatus.self, column: "rm_workloads.status")
        revision = row.revision; accessPatterns = row.decodedProfile?.accessPatterns.map(\.rawValue) ?? []
        stores = index.storesServing(row.id); addedAt = row.addedAt.iso8601; revisedAt = row.revisedAt?.iso8601
    }
}

/// Every workload at one moment, narrowed by a list query.
public struct WorkloadList: Codable, Sendable, Equatable {
    public var position: Int64
    public var workloads: [WorkloadSummary]
}

/// One workload in full: its current profile, the stores serving it, its latest figures.
public struct WorkloadDetail: Codable, Sendable, Equatable {
    public var position: Int64
    public var workload: WorkloadSummary
    /// The current revision of the profile, as the schema spells it.
    public var profile: WorkloadProfile?
    public var stores: [StoreSummary]
    /// The latest standing measurement of each metric.
    public var latestMeasurements: [MeasurementSummary]
}

extension WorkloadRow {
    /// The stored canonical profile; nil only if the row was written by a broken build.
    var decodedProfile: WorkloadProfile? {
        try? WorkloadProfile.parse(profile)
    }
}
