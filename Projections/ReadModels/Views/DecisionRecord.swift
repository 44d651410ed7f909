import Strata
import StrataAdvisor
import StrataProfile

/// One decision in full: its record, its status timeline with both clocks, its links both ways,
/// its supersession chain and the store changes it caused. `strata show` and `strata history`.
public struct DecisionRecord: Codable, Sendable, Equatable {
    public struct Step: Codable, Sendable, Equatable {
        public var change: DecisionChange
        public var status: DecisionStatus
        public var by: String
        public var reason: String
        public var recordedAt: String
        public var effectiveAt: String
    }

    public var entry: DecisionLog.Entry
    public var content: DecisionContent
    public var proposedBy: String
    public var timeline: [Step]
    /// Earlier decisions this one replaced, oldest first, then this one, then its successors.
    public var supersessionChain: [String]
    /// Store changes this decision caused, as `S-N: change detail`.
    public var effects: [String]

    /// The record of `reference` (`ADR-N` or UUID), or nil when the read models hold no such decision.
    public static func build(_ view: ReadModelView, reference: String) throws -> DecisionRecord? {
        let reader = view.reader
        guard let row = try reader.decision(reference),
              let entry = try DecisionLog.build(view).decisions.first(where: { $0.uuid == row.id }) else { return nil }
        let links = try reader.links()
        let shortIDs = Dictionary(uniqueKeysWithValues: try reader.decisions().map { ($0.id, $0.shortID) })
        let stores = Dictionary(uniqueKeysWithValues: try reader.stores().map { ($0.id, $0.shortID) })
        let workloads = Dictionary(uniqueKeysWithValues: try reader.workloads().map { ($0.id, $0.shortID) })
        let supersedes = links.filter { $0.type == DecisionLink.supersedes }
        var before: [String] = []
        var cursor = row.id
        while let older = supersedes.first(where: { $0.decisionID == cursor && !before.contains($0.targetID) })?.targetID, older != row.id {
            before.insert(older, at: 0); cursor = older
        }
        var after: [String] = []
        cursor = row.id
        while let newer = supersedes.first(where: { $0.targetID == cursor && !after.contains($0.decisionID) })?.decisionID, newer != row.id {
            after.append(newer); cursor = newer
        }
        let chain = (before + [row.id] + after).map { shortIDs[$0] ?? $0 }
        let effects = try reader.storeChanges().filter { $0.decisionID == row.id }.map { change in
            "\(stores[change.storeID] ?? change.storeID): \(change.change)" + (change.detail.isEmpty ? "" : " \(workloads[change.detail] ?? change.detail)")
        }
        return DecisionRecord(
            entry: entry, content: row.content, proposedBy: row.proposedBy,
            timeline: try reader.timeline(of: row.id).map {
                Step(change: try StoredValue.decode($0.change, as: DecisionChange.self, column: "rm_decision_timeline.change"),
                     status: try StoredValue.decode($0.status, as: DecisionStatus.self, column: "rm_decision_timeline.status"),
                     by: $0.actor, reason: $0.reason,
                     recordedAt: $0.recordedAt.iso8601, effectiveAt: $0.effectiveAt.iso8601)
            },
            supersessionChain: chain.count > 1 ? chain : [], effects: effects)
    }
}
