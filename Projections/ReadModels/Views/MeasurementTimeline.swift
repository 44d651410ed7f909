import Strata
import StrataAdvisor
import StrataProfile

/// Measurements per workload and store in observation order, bottlenecks marked, and the gain a
/// decision measurably brought: the same metric's last figure before it and first figure after.
public struct MeasurementTimeline: Codable, Sendable, Equatable {
    public struct Point: Codable, Sendable, Equatable {
        public var id: String
        public var metric: Metric
        public var value: Double
        public var unit: String
        public var target: Double?
        public var bottleneck: Bool
        public var retracted: Bool
        public var observedAt: String
        public var source: MeasurementSource
    }

    public struct Gain: Codable, Sendable, Equatable {
        public var decision: String
        public var effectiveAt: String
        public var metric: Metric
        public var before: Double
        public var after: Double
        /// Positive when the figure moved in the better direction.
        public var improvementPercent: Double?
    }

    public struct Subject: Codable, Sendable, Equatable {
        public var id: String
        public var name: String
        public var kind: EntityKind
        public var measurements: [Point]
        public var gains: [Gain]
    }

    public var position: Int64
    public var subjects: [Subject]

    /// The timeline of every measured subject, or only of `subject` (`W-N`, `S-N`).
    public static func build(_ view: ReadModelView, subject: String? = nil) throws -> MeasurementTimeline {
        let reader = view.reader
        let workloads = try reader.workloads()
        let stores = try reader.stores()
        let decisions = Dictionary(uniqueKeysWithValues: try reader.decisions().map { ($0.id, $0) })
        let changes = try reader.storeChanges()
        let serving = try reader.serving()
        let measurements = Dictionary(grouping: try reader.measurements(), by: \.subjectID)
        var subjects: [Subject] = []
        let named: [(id: String, shortID: String, name: String, kind: EntityKind)] =
            workloads.map { ($0.id, $0.shortID, $0.name, .workload) } + stores.map { ($0.id, $0.shortID, $0.name, .store) }
        for entity in named {
            if let subject, subject.lowercased() != entity.shortID.lowercased(), subject != entity.id { continue }
            let rows = measurements[entity.id] ?? []
            if rows.isEmpty && subject == nil { continue }
            // Decisions that changed how this subject is served: its own store changes, or those of the stores serving it.
            let storeIDs: Set<String> = entity.kind == .store ? [entity.id]
                : Set(serving.filter { $0.value.contains(entity.id) }.keys).union(changes.filter { $0.detail == entity.id }.map(\.storeID))
            var seen = Set<String>()
            let decisive = changes.filter { storeIDs.contains($0.storeID) }.filter { seen.insert($0.decisionID).inserted }
            let gains = try decisive.flatMap { change -> [Gain] in
                try gainsOf(change, rows.filter { $0.retraction == nil }, decision: decisions[change.decisionID]?.shortID ?? change.decisionID)
            }
            subjects.append(Subject(
                id: entity.shortID, name: entity.name, kind: entity.kind,
                measurements: try rows.map {
                    Point(id: $0.shortID, metric: try StoredValue.decode($0.metric, as: Metric.self, column: "rm_measurements.metric"),
                          value: $0.value, unit: $0.unit, target: $0.target, bottleneck: $0.isBottleneck, retracted: $0.retraction != nil,
                          observedAt: $0.observedAt.iso8601,
                          source: try StoredValue.decode($0.source, as: MeasurementSource.self, column: "rm_measurements.source"))
                },
                gains: gains))
        }
        return MeasurementTimeline(position: view.position, subjects: subjects)
    }

    private static func gainsOf(_ change: StoreChangeRow, _ rows: [MeasurementRow], decision: String) throws -> [Gain] {
        let at = change.effectiveAt
        return try Set(rows.map(\.metric)).sorted().compactMap { name in
            let series = rows.filter { $0.metric == name }
            let metric = try StoredValue.decode(name, as: Metric.self, column: "rm_measurements.metric")
            guard let before = series.last(where: { $0.observedAt <= at }), let after = series.first(where: { $0.observedAt > at }) else {
                return nil
            }
            let lowerIsWorse = metric.direction == .lowerIsWorse
            let improvement: Double? = before.value == 0 ? nil
                : ((lowerIsWorse ? after.value - before.value : before.value - after.value) / abs(before.value) * 1000).rounded() / 10
            return Gain(decision: decision, effectiveAt: at.iso8601, metric: metric, before: before.value, after: after.value,
                        improvementPercent: improvement)
        }
    }
}
