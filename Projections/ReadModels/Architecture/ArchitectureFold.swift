import Foundation
import GRDB
import Strata
import StrataProfile

/// Folds contexts, workloads and stores into `rm_contexts`, `rm_workloads`, `rm_stores`,
/// `rm_store_workloads` and `rm_store_changes`.
///
/// Tolerant by design: an event about an entity the tables do not hold changes nothing. A
/// valid-time fold skips events effective later, so it can meet a topology change whose store
/// is not adopted yet "in effect".
struct ArchitectureFold {
    /// Folds one context fact.
    static func apply(_ context: ContextEvent, _ event: RecordedEvent, in db: Database) throws {
        switch context {
        case .defined(let e):
            let ref = EntityRef(kind: .context, id: e.contextID, number: e.number)
            try db.executeCached(
                sql: """
                    INSERT OR REPLACE INTO rm_contexts (context_id, short_id, number, name, description, status, defined_at, position)
                    VALUES (?, ?, ?, ?, ?, 'active', ?, ?)
                    """,
                arguments: [e.contextID, ref.shortID, e.number, e.name, e.description, event.effectiveAt.microseconds, event.position])
        case .described(let e):
            try db.executeCached(
                sql: "UPDATE rm_contexts SET description = ?, position = ? WHERE context_id = ?",
                arguments: [e.description, event.position, e.contextID])
        case .retired(let e):
            try db.executeCached(
                sql: "UPDATE rm_contexts SET status = 'retired', retired_at = ?, position = ? WHERE context_id = ?",
                arguments: [event.effectiveAt.microseconds, event.position, e.contextID])
        case .reviewPolicySet:
            return   // the policy is the domain's to enforce; no architecture table shows it
        }
    }

    /// Folds one workload fact; a move re-points the serving rows and records both stores' changes.
    static func apply(_ workload: WorkloadEvent, _ event: RecordedEvent, in db: Database) throws {
        switch workload {
        case .added(let e):
            let ref = EntityRef(kind: .workload, id: e.workloadID, number: e.number)
            try db.executeCached(
                sql: """
                    INSERT OR REPLACE INTO rm_workloads (workload_id, short_id, number, context_id, name, profile, latency_p99_ms_target,
                      reads_per_second_target, writes_per_second_target, revision, status, added_at, position)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 1, 'active', ?, ?)
                    """,
                arguments: [e.workloadID, ref.shortID, e.number, e.contextID, e.profile.name, e.profile.canonicalJSON(),
                            e.profile.latencyP99Ms, e.profile.readsPerSecond, e.profile.writesPerSecond,
                            event.effectiveAt.microseconds, event.position])
        case .revised(let e):
            try db.executeCached(
                sql: """
                    UPDATE rm_workloads SET name = ?, profile = ?, latency_p99_ms_target = ?, reads_per_second_target = ?,
                      writes_per_second_target = ?, revision = revision + 1, revised_at = ?, position = ?
                    WHERE workload_id = ?
                    """,
                arguments: [e.profile.name, e.profile.canonicalJSON(), e.profile.latencyP99Ms, e.profile.readsPerSecond,
                            e.profile.writesPerSecond, event.effectiveAt.microseconds, event.position, e.workloadID])
        case .retired(let e):
            try db.executeCached(
                sql: "UPDATE rm_workloads SET status = 'retired', retired_at = ?, position = ? WHERE workload_id = ?",
                arguments: [event.effectiveAt.microseconds, event.position, e.workloadID])
        case .moved(let e):
            try db.executeCached(
                sql: "DELETE FROM rm_store_workloads WHERE store_id = ? AND workload_id = ?", arguments: [e.fromStoreID, e.workloadID])
            try serve(e.workloadID, by: e.toStoreID, decision: e.decisionID, event, db)
            try change(e.fromStoreID, "workload-moved-out", detail: e.workloadID, step: nil, decision: e.decisionID, event, db)
            try change(e.toStoreID, "workload-moved-in", detail: e.workloadID, step: nil, decision: e.decisionID, event, db)
        }
    }

    /// Folds one store fact: adoption, retirement or a topology change.
    static func apply(_ store: StoreEvent, _ event: RecordedEvent, in db: Database) throws {
        switch store {
        case .adopted(let e):
            let ref = EntityRef(kind: .store, id: e.storeID, number: e.number)
            try db.executeCached(
                sql: """
                    INSERT OR REPLACE INTO rm_stores (store_id, short_id, number, name, technology, category, context_id, role, status,
                      adopted_by, adopted_at, adopted_position, justifications, cited_patterns, position)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'active', ?, ?, ?, ?, ?, ?)
                    """,
                arguments: [e.storeID, ref.shortID, e.number, e.name, e.technology.id, e.technology.category.rawValue,
                            e.contextID, e.role.rawValue, e.decisionID, event.effectiveAt.microseconds, event.position,
                            JSONCoding.text(e.justifications), JSONCoding.text(try citedPatterns(e.justifications, db)),
                            event.position])
            for workload in e.workloadIDs { try serve(workload, by: e.storeID, decision: e.decisionID, event, db) }
            try change(e.storeID, "adopted", detail: e.technology.id, step: nil, decision: e.decisionID, event, db)
        case .retired(let e):
            try db.executeCached(
                sql: "UPDATE rm_stores SET status = 'retired', retired_by = ?, retired_at = ?, position = ? WHERE store_id = ?",
                arguments: [e.decisionID, event.effectiveAt.microseconds, event.position, e.storeID])
            try db.executeCached(sql: "DELETE FROM rm_store_workloads WHERE store_id = ?", arguments: [e.storeID])
            try change(e.storeID, "retired", detail: "", step: nil, decision: e.decisionID, event, db)
        case .topologyChanged(let e):
            guard var topology = try StoredTopology.load(e.storeID, in: db) else { return }
            topology = topology.applying(e.change)
            try StoredTopology.save(topology, for: e.storeID, position: event.position, in: db)
            try change(e.storeID, "topology", detail: e.change.description, step: e.change.scalingStep, decision: e.decisionID, event, db)
        }
    }

    /// The access patterns the cited workloads had when the store was adopted: what an
    /// access-pattern justification rested on, so a later revision can be seen to drop it.
    private static func citedPatterns(_ justifications: [Justification], _ db: Database) throws -> [String: [String]] {
        var cited: [String: [String]] = [:]
        for case .accessPattern(let workloads, _) in justifications {
            for id in workloads {
                guard let text = try String.fetchOne(try db.cachedStatement(sql: "SELECT profile FROM rm_workloads WHERE workload_id = ?"), arguments: [id]),
                      let profile = try? WorkloadProfile.parse(text) else { continue }
                cited[id] = profile.accessPatterns.map(\.rawValue).sorted()
            }
        }
        return cited
    }

    private static func serve(_ workload: String, by store: String, decision: String, _ event: RecordedEvent, _ db: Database) throws {
        try db.executeCached(
            sql: "INSERT OR REPLACE INTO rm_store_workloads (store_id, workload_id, decision_id, since) VALUES (?, ?, ?, ?)",
            arguments: [store, workload, decision, event.effectiveAt.microseconds])
    }

    private static func change(
        _ store: String, _ kind: String, detail: String, step: String?, decision: String, _ event: RecordedEvent, _ db: Database
    ) throws {
        try db.executeCached(
            sql: """
                INSERT OR REPLACE INTO rm_store_changes (position, store_id, change, detail, scaling_step, decision_id, recorded_at, effective_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                """,
            arguments: [event.position, store, kind, detail, step, decision, event.recordedAt.microseconds, event.effectiveAt.microseconds])
    }
}

extension TopologyChange {
    /// The step of the scaling progression this change takes, as the advisor names it.
    var scalingStep: String {
        switch self {
        case .readReplicas: "read-replicas"
        case .cacheInFront: "cache"
        case .cqrsReadModel: "cqrs"
        case .sharding: "sharding"
        case .scaledUp: "vertical"
        }
    }
}
