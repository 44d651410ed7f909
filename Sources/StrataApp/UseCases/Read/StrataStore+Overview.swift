import Foundation
import Strata
import StrataProjections

/// The store at a glance: where the log's head is, how much it holds, and what awaits a decision.
///
/// An agent opening a conversation reads this first, so it knows whether it talks to an empty
/// store, which proposals still wait for people, and which position its answers are cut at.
public struct Overview: Codable, Sendable, Equatable {
    /// How many entities of each kind the read models hold at that moment (retired ones included).
    public struct Counts: Codable, Sendable, Equatable {
        public var contexts: Int
        public var workloads: Int
        public var stores: Int
        public var activeStores: Int
        public var decisions: Int
        public var measurements: Int
    }

    /// The log position the answer is cut at (the head when read now).
    public var position: Int64
    public var counts: Counts
    /// Decisions still proposed: drafts waiting for a person to accept or reject them.
    public var openProposals: [DecisionRef]
    /// How many decisions each status holds, keyed by status.
    public var decisionsByStatus: [String: Int]
}

extension StrataStore {
    /// The head position, entity counts and open proposals at `moment`.
    public func overview(at moment: Moment = .now) throws(AppError) -> Overview {
        try query(moment) { view in
            let index = try ReadIndex(view.reader)
            let decisions = try index.decisions.map(DecisionRef.init)
            let counts = Overview.Counts(
                contexts: index.contexts.count, workloads: index.workloads.count, stores: index.stores.count,
                activeStores: index.stores.filter(\.isActive).count, decisions: decisions.count,
                measurements: try view.reader.measurements().count)
            return Overview(
                position: view.position, counts: counts,
                openProposals: decisions.filter { $0.status == .proposed },
                decisionsByStatus: Dictionary(grouping: decisions, by: \.status.rawValue).mapValues(\.count))
        }
    }
}
