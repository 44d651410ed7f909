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
        guard let row = try view.reader.decision(reference) else { return nil }
        return try Index(view).record(of: row)
    }

    /// The record of every decision `log` lists, in its order: one read of the shared tables
    /// for all of them, where building each alone reads them once per decision.
    public static func all(_ view: ReadModelView, listed log: DecisionLog) throws -> [DecisionRecord] {
        let all = try view.reader.decisions()
        let index = try Index(view, log: log, rows: all)
        let rows = Dictionary(uniqueKeysWithValues: all.map { ($0.id, $0) })
        return try log.decisions.compactMap { entry in try rows[entry.uuid].flatMap { try index.record(of: $0) } }
    }

    /// The tables a record draws on, grouped by decision.
    private struct Index {
        let entries: [String: DecisionLog.Entry]
        let shortIDs: [String: String]
        let stores: [String: String]
        let workloads: [String: String]
        /// Supersession links, in the reader's order, by the replacing and by the replaced decision.
        let supersedesFrom: [String: [LinkRow]]
        let supersedesTo: [String: [LinkRow]]
        let changes: [String: [StoreChangeRow]]
        /// Every decision's timeline, or nil to read one decision's alone.
        let timelines: [String: [TimelineRow]]?
        let reader: ReadModelReader

        /// With `rows` (every decision) the index serves them all, each timeline read in one
        /// query; without, it serves one decision and reads its timeline alone.
        init(_ view: ReadModelView, log: DecisionLog? = nil, rows: [DecisionRow]? = nil) throws {
            reader = view.reader
            entries = Dictionary(uniqueKeysWithValues: try (log ?? DecisionLog.build(view)).decisions.map { ($0.uuid, $0) })
            shortIDs = Dictionary(uniqueKeysWithValues: try (rows ?? reader.decisions(content: false)).map { ($0.id, $0.shortID) })
            stores = Dictionary(uniqueKeysWithValues: try reader.stores().map { ($0.id, $0.shortID) })
            workloads = Dictionary(uniqueKeysWithValues: try reader.workloads().map { ($0.id, $0.shortID) })
            let supersedes = try reader.links().filter { $0.type == DecisionLink.supersedes }
            supersedesFrom = Dictionary(grouping: supersedes, by: \.decisionID)
            supersedesTo = Dictionary(grouping: supersedes, by: \.targetID)
            changes = Dictionary(grouping: try reader.storeChanges(), by: \.decisionID)
            timelines = rows == nil ? nil : Dictionary(grouping: try reader.timelines(), by: \.decisionID)
        }

        func record(of row: DecisionRow) throws -> DecisionRecord? {
            guard let entry = entries[row.id] else { return nil }
            var before: [String] = []
            var cursor = row.id
            while let older = supersedesFrom[cursor]?.first(where: { !before.contains($0.targetID) })?.targetID, older != row.id {
                before.insert(older, at: 0); cursor = older
            }
            var after: [String] = []
            cursor = row.id
            while let newer = supersedesTo[cursor]?.first(where: { !after.contains($0.decisionID) })?.decisionID, newer != row.id {
                after.append(newer); cursor = newer
            }
            let chain = (before + [row.id] + after).map { shortIDs[$0] ?? $0 }
            let effects = (changes[row.id] ?? []).map { change in
                "\(stores[change.storeID] ?? change.storeID): \(change.change)" + (change.detail.isEmpty ? "" : " \(workloads[change.detail] ?? change.detail)")
            }
            return DecisionRecord(
                entry: entry, content: row.content, proposedBy: row.proposedBy,
                timeline: try (timelines.map { $0[row.id] ?? [] } ?? reader.timeline(of: row.id)).map {
                    Step(change: try StoredValue.decode($0.change, as: DecisionChange.self, column: "rm_decision_timeline.change"),
                         status: try StoredValue.decode($0.status, as: DecisionStatus.self, column: "rm_decision_timeline.status"),
                         by: $0.actor, reason: $0.reason,
                         recordedAt: $0.recordedAt.iso8601, effectiveAt: $0.effectiveAt.iso8601)
                },
                supersessionChain: chain.count > 1 ? chain : [], effects: effects)
        }
    }
}
