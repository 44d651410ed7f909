import Strata

extension ArchitectureDiff {
    /// One fact recorded between the two moments, in log order: what appeared and vanished in
    /// between, which the two end states alone cannot show (a store adopted and retired again).
    public struct Step: Codable, Sendable, Equatable {
        public var position: Int64
        /// The valid time of the fact, ISO 8601.
        public var effectiveAt: String
        /// The store or decision it is about (`S-3`, `ADR-7`).
        public var subject: String
        public var name: String
        /// For a store: `adopted`, `topology`, `retired`, `workload-moved-in`, `workload-moved-out`;
        /// for a decision: its timeline's change (`proposed`, `accepted`, `approved`, …).
        public var change: String
        public var detail: String
        /// The decision behind a store change.
        public var decision: String?
    }

    /// The store changes and decision steps in `view` after `position` (system time) or, for a
    /// valid-time diff, effective after `validAfter`.
    public static func steps(in view: ReadModelView, after position: Int64, validAfter: Timestamp? = nil) throws -> [Step] {
        let reader = view.reader
        let stores = Dictionary(uniqueKeysWithValues: try reader.stores().map { ($0.id, $0) })
        let decisions = Dictionary(uniqueKeysWithValues: try reader.decisions(content: false).map { ($0.id, $0) })
        let workloads = Dictionary(uniqueKeysWithValues: try reader.workloads().map { ($0.id, "\($0.shortID) \($0.name)") })
        func inRange(_ at: Int64, _ effective: Timestamp) -> Bool {
            if let validAfter { return effective > validAfter }
            return at > position
        }
        let storeSteps = try reader.storeChanges().filter { inRange($0.position, $0.effectiveAt) }.map { row in
            Step(position: row.position, effectiveAt: row.effectiveAt.iso8601, subject: stores[row.storeID]?.shortID ?? row.storeID,
                 name: stores[row.storeID]?.name ?? "", change: row.change, detail: workloads[row.detail] ?? row.detail,
                 decision: decisions[row.decisionID]?.shortID)
        }
        let decisionSteps = try reader.timelines().filter { inRange($0.position, $0.effectiveAt) }.map { row in
            Step(position: row.position, effectiveAt: row.effectiveAt.iso8601, subject: decisions[row.decisionID]?.shortID ?? row.decisionID,
                 name: decisions[row.decisionID]?.title ?? "", change: row.change, detail: row.reason, decision: nil)
        }
        return (storeSteps + decisionSteps).sorted { ($0.position, $0.subject) < ($1.position, $1.subject) }
    }
}
