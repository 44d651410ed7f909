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

    public init(position: Int64, subjects: [Subject]) {
        self.position = position
        self.subjects = subjects
    }

    /// The timeline of every measured subject, or only of `subject` (`W-N`, `S-N`).
    public static func build(_ view: ReadModelView, subject: String? = nil) throws -> MeasurementTimeline {
        let reader = view.reader
        let workloads = try reader.workloads()
        let stores = try reader.stores()
        let decisions = Dictionary(uniqueKeysWithValues: try reader.decisions(content: false).map { ($0.id, $0) })
        let changes = try reader.storeChanges()
        let serving = try reader.serving()
        var subjects: [Subject] = []
        let named: [(id: String, shortID: String, name: String, kind: EntityKind)] =
            (workloads.map { ($0.id, $0.shortID, $0.name, .workload) } + stores.map { ($0.id, $0.shortID, $0.name, .store) })
            .filter { entity in subject.map { $0.lowercased() == entity.shortID.lowercased() || $0 == entity.id } ?? true }
        // One subject's page reads its own rows through the subject index, not every measurement.
        let rows = subject == nil ? try reader.measurements() : try reader.measurements(about: Set(named.map(\.id)))
        let measurements = Dictionary(grouping: rows, by: \.subjectID)
        for entity in named {
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

/// A measured workload or store as the front page lists it: what it is and how much was measured,
/// counted by the store rather than read point by point.
public struct MeasuredSubject: Sendable, Equatable {
    public var id: String
    public var name: String
    public var measurements: Int
    public var bottlenecks: Int

    /// Every measured subject, workloads first, as ``MeasurementTimeline/build(_:subject:)`` orders them.
    public static func all(_ view: ReadModelView) throws -> [MeasuredSubject] {
        let tallies = try view.reader.measurementTallies()
        let named = try view.reader.workloads().map { ($0.id, $0.shortID, $0.name) } + view.reader.stores().map { ($0.id, $0.shortID, $0.name) }
        return named.compactMap { id, shortID, name in
            tallies[id].map { MeasuredSubject(id: shortID, name: name, measurements: $0.count, bottlenecks: $0.bottlenecks) }
        }
    }

    /// The subjects of a timeline already read in full.
    public static func all(_ timeline: MeasurementTimeline) -> [MeasuredSubject] {
        timeline.subjects.map { MeasuredSubject(id: $0.id, name: $0.name, measurements: $0.measurements.count, bottlenecks: $0.measurements.filter(\.bottleneck).count) }
    }
}
