import Foundation
import GRDB
import Strata

/// One row of `rm_contexts`.
public struct ContextRow: Sendable, Hashable, FetchableRecord {
    public var id: String
    public var shortID: String
    public var name: String
    public var description: String
    public var status: String

    public init(row: Row) {
        id = row["context_id"]; shortID = row["short_id"]; name = row["name"]; description = row["description"]; status = row["status"]
    }
}

/// One row of `rm_workloads`.
public struct WorkloadRow: Sendable, Hashable, FetchableRecord {
    public var id: String
    public var shortID: String
    public var contextID: String
    public var name: String
    /// The current profile as canonical JSON.
    public var profile: String
    public var revision: Int
    public var status: String
    public var addedAt: Timestamp
    public var revisedAt: Timestamp?

    public init(row: Row) {
        id = row["workload_id"]; shortID = row["short_id"]; contextID = row["context_id"]; name = row["name"]
        profile = row["profile"]; revision = row["revision"]; status = row["status"]
        addedAt = Timestamp(microseconds: row["added_at"]); revisedAt = (row["revised_at"] as Int64?).map(Timestamp.init(microseconds:))
    }
}

/// One row of `rm_stores`.
public struct StoreRow: Sendable, Equatable, FetchableRecord {
    public var id: String
    public var shortID: String
    public var number: Int
    public var name: String
    public var technology: String
    public var category: String
    public var contextID: String
    public var role: String
    public var status: String
    public var adoptedBy: String
    public var adoptedAt: Timestamp
    public var adoptedPosition: Int64
    public var retiredBy: String?
    public var topology: StoreTopologyState
    /// The adopting decision's justifications, as stored in `store.adopted`.
    public var justifications: [Justification]
    /// Workload UUID → the access patterns it had at adoption.
    public var citedPatterns: [String: [String]]

    public init(row: Row) {
        id = row["store_id"]; shortID = row["short_id"]; number = row["number"]; name = row["name"]
        technology = row["technology"]; category = row["category"]; contextID = row["context_id"]; role = row["role"]
        status = row["status"]; adoptedBy = row["adopted_by"]; adoptedAt = Timestamp(microseconds: row["adopted_at"])
        adoptedPosition = row["adopted_position"]; retiredBy = row["retired_by"]
        var topology = StoreTopologyState()
        topology.readReplicas = row["read_replicas"]
        topology.cacheInFront = row["cache_in_front"]
        topology.readModels = JSONCoding.decode([String].self, row["read_models"]) ?? []
        topology.sharding = (row["shard_strategy"] as String?).flatMap(ShardStrategy.init(rawValue:))
        topology.shardKey = row["shard_key"]
        topology.scaledUpTo = row["scaled_up_to"]
        self.topology = topology
        justifications = JSONCoding.decode([Justification].self, row["justifications"]) ?? []
        citedPatterns = JSONCoding.decode([String: [String]].self, row["cited_patterns"]) ?? [:]
    }

    public var isActive: Bool { status == "active" }
}

/// One row of `rm_store_changes`: how a store came to look the way it does.
public struct StoreChangeRow: Sendable, Hashable, FetchableRecord {
    public var position: Int64
    public var storeID: String
    /// `adopted`, `topology`, `retired`, `workload-moved-in` or `workload-moved-out`.
    public var change: String
    public var detail: String
    public var scalingStep: String?
    public var decisionID: String
    public var recordedAt: Timestamp
    public var effectiveAt: Timestamp

    public init(row: Row) {
        position = row["position"]; storeID = row["store_id"]; change = row["change"]; detail = row["detail"]
        scalingStep = row["scaling_step"]; decisionID = row["decision_id"]
        recordedAt = Timestamp(microseconds: row["recorded_at"]); effectiveAt = Timestamp(microseconds: row["effective_at"])
    }
}

/// One row of `rm_decisions`.
public struct DecisionRow: Sendable, Equatable, FetchableRecord {
    public var id: String
    public var shortID: String
    public var number: Int
    public var title: String
    public var status: String
    public var contextID: String?
    public var content: DecisionContent
    public var proposedBy: String
    public var proposedAt: Timestamp
    public var statusAt: Timestamp
    public var acceptedAt: Timestamp?

    public init(row: Row) {
        id = row["decision_id"]; shortID = row["short_id"]; number = row["number"]; title = row["title"]; status = row["status"]
        contextID = row["context_id"]
        content = row.hasColumn("content") ? JSONCoding.decode(DecisionContent.self, row["content"]) ?? DecisionContent(title: row["title"])
            : DecisionContent(title: row["title"])
        proposedBy = row["proposed_by"]; proposedAt = Timestamp(microseconds: row["proposed_at"])
        statusAt = Timestamp(microseconds: row["status_at"]); acceptedAt = (row["accepted_at"] as Int64?).map(Timestamp.init(microseconds:))
    }
}

/// One row of `rm_decision_timeline`: a status change, amendment or link, with both clocks.
public struct TimelineRow: Sendable, Hashable, FetchableRecord {
    public var position: Int64
    public var decisionID: String
    public var change: String
    public var status: String
    public var actor: String
    public var reason: String
    public var recordedAt: Timestamp
    public var effectiveAt: Timestamp

    public init(row: Row) {
        position = row["position"]; decisionID = row["decision_id"]; change = row["change"]; status = row["status"]
        actor = row["actor"]; reason = row["reason"]
        recordedAt = Timestamp(microseconds: row["recorded_at"]); effectiveAt = Timestamp(microseconds: row["effective_at"])
    }
}

/// One row of `rm_decision_links`.
public struct LinkRow: Sendable, Hashable, FetchableRecord {
    public var decisionID: String
    public var type: String
    public var targetID: String
    public var note: String?

    public init(row: Row) {
        decisionID = row["decision_id"]; type = row["type"]; targetID = row["target_id"]; note = row["note"]
    }
}

/// One row of `rm_measurements`.
public struct MeasurementRow: Sendable, Hashable, FetchableRecord {
    public var id: String
    public var shortID: String
    public var subjectKind: String
    public var subjectID: String
    public var metric: String
    public var value: Double
    public var unit: String
    public var target: Double?
    public var targetSource: String?
    public var isBottleneck: Bool
    public var source: String
    public var note: String?
    public var observedAt: Timestamp
    public var retraction: String?

    /// The columns `init(row:)` reads, in its order: every query of measurements selects these.
    ///
    /// Read by position, not by name: a store holds hundreds of thousands of measurements and the
    /// front page and the advice read them all, where looking each column up by name costs most.
    public static let columns = """
        measurement_id, short_id, subject_kind, subject_id, metric, value, unit, target, target_source, \
        is_bottleneck, source, note, observed_at, retraction
        """

    public init(row: Row) {
        id = row[0]; shortID = row[1]; subjectKind = row[2]; subjectID = row[3]
        metric = row[4]; value = row[5]; unit = row[6]; target = row[7]; targetSource = row[8]
        isBottleneck = row[9]; source = row[10]; note = row[11]
        observedAt = Timestamp(microseconds: row[12]); retraction = row[13]
    }
}
