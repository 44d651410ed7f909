import GRDB
import Strata
import StrataProfile

/// Folds measurements into `rm_measurements`, marking each bottleneck against the target that
/// held when it was recorded: its own, else the profile its workload had at that point.
///
/// A row never changes after it is written except for its retraction, and both the recording
/// and the retraction keep their positions: so the table answers "as of position P" by a filter
/// (see ``MeasurementsAsOf``), and the largest read model never needs copying for time travel.
struct MeasurementFold {
    /// Folds a recording (a new row) or a retraction (the row keeps its figure and gains the reason).
    ///
    /// `targets` holds the workloads' targets already read in this batch, and gains any read here.
    static func apply(_ measurement: MeasurementEvent, _ event: RecordedEvent, targets: inout [String: WorkloadProfile?], in db: Database) throws {
        switch measurement {
        case .recorded(let e):
            let ref = EntityRef(kind: .measurement, id: e.measurementID, number: e.number)
            var profile: WorkloadProfile?
            if e.subject.kind == .workload {
                if let known = targets[e.subject.id] {
                    profile = known
                } else {
                    profile = try workloadProfile(e.subject.id, db)
                    targets[e.subject.id] = .some(profile)
                }
            }
            let bottleneck = Bottleneck.assess(metric: e.metric, value: e.value, ownTarget: e.target, workload: profile)
            let target = bottleneck?.target ?? e.target ?? profile.flatMap { Bottleneck.profileTarget(e.metric, $0) }
            let source: String? = switch bottleneck?.targetSource {
            case .own: "own"
            case .workloadProfile(let field): "workload:\(field)"
            case nil: e.target != nil ? "own" : (target != nil ? e.metric.profileTargetField.map { "workload:\($0)" } : nil)
            }
            try db.executeCached(
                sql: """
                    INSERT OR REPLACE INTO rm_measurements (measurement_id, short_id, number, subject_kind, subject_id, metric, value, unit,
                      target, target_source, is_bottleneck, source, note, observed_at, recorded_at, recorded_position, position)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                    """) { row in
                row.bind(e.measurementID); row.bind(ref.shortID); row.bind(e.number); row.bind(e.subject.kind.rawValue)
                row.bind(e.subject.id); row.bind(e.metric.rawValue); row.bind(e.value); row.bind(e.unit); row.bind(target)
                row.bind(source); row.bind(bottleneck != nil); row.bind(e.source.rawValue); row.bind(e.note)
                row.bind(event.effectiveAt.microseconds); row.bind(event.recordedAt.microseconds); row.bind(event.position)
                row.bind(event.position)
            }
        case .retracted(let e):
            try db.executeCached(
                sql: """
                    UPDATE rm_measurements SET retraction = ?, retracted_position = ?, retracted_effective_at = ?, position = ?
                    WHERE measurement_id = ?
                    """,
                arguments: [e.reason, event.position, event.effectiveAt.microseconds, event.position, e.measurementID])
        }
    }

    /// The workload's targets as a profile holding only them: all a bottleneck is judged against,
    /// read from columns so a measurement never re-parses the whole profile.
    private static func workloadProfile(_ id: String, _ db: Database) throws -> WorkloadProfile? {
        let sql = "SELECT name, latency_p99_ms_target, reads_per_second_target, writes_per_second_target FROM rm_workloads WHERE workload_id = ?"
        return try db.firstRowCached(sql: sql, arguments: [id]) { row in
            var profile = WorkloadProfile(name: row.text(0), accessPatterns: [])
            profile.latencyP99Ms = row.double(1)
            profile.readsPerSecond = row.double(2)
            profile.writesPerSecond = row.double(3)
            return profile
        }
    }
}
