import Foundation
import Strata
import StrataAdvisor
import StrataInterop
import StrataProfile
import StrataProjections

/// Everything the HTML report shows, read at one moment, plus the architecture at each date a
/// decision took effect, for the page's time slider.
struct HTMLReportData {
    /// The architecture in effect at each instant, with what changed then.
    ///
    /// Most instants change a decision's status and not the design, so each distinct design is
    /// written once and every moment names its design: the page stays proportional to what
    /// changed, not to the number of decisions times the size of the architecture.
    struct Timeline: Encodable {
        struct Moment: Encodable {
            var at: String
            var day: String
            var changes: [String]
            /// Index into `designs`.
            var design: Int
        }

        /// The contexts (with their stores and workloads) of each distinct design, in order.
        var designs: [[ArchitectureReport.Context]] = []
        var moments: [Moment] = []

        /// Appends the design of `report` at `instant`, sharing it with the moment before when equal.
        mutating func append(_ instant: Timestamp, changes: [String], _ report: ArchitectureReport) {
            if designs.last != report.contexts { designs.append(report.contexts) }
            moments.append(Moment(at: instant.iso8601, day: instant.day, changes: changes, design: designs.count - 1))
        }
    }

    var moment: String
    var architecture: ArchitectureReport
    var log: DecisionLog
    var records: [DecisionRecord]
    var audit: AuditReport
    /// Each active workload's advice, with its design.
    var advice: HTMLAdviceData
    var timeline: Timeline
    /// Every measured workload and store over time, for the measurement pages (empty for a
    /// served front page, whose subjects' pages are rendered when asked for).
    var measurements: MeasurementTimeline
    /// The measured subjects the front page lists.
    var measured: [MeasuredSubject]

    /// Reads the report at `cut` (nil: now). Each moment of the timeline is the design in effect at an instant
    /// where a decision was accepted, superseded or deprecated or a store changed, as known at `cut`.
    static func read(_ side: ReadSide, upTo cut: TimeCut?, progress: ((Int, Int) -> Void)? = nil) throws -> HTMLReportData {
        let moment = Moment(asOf: cut)
        var data = try side.query(moment) { view in
            let log = try DecisionLog.build(view)
            let measurements = try MeasurementTimeline.build(view)
            return HTMLReportData(
                moment: cut.map(MomentText.describe) ?? "now (position \(view.position))",
                architecture: try ArchitectureReport.build(view), log: log,
                records: try DecisionRecord.all(view, listed: log),
                audit: try AuditReport.build(view), advice: try HTMLAdviceData.read(view), timeline: Timeline(),
                measurements: measurements, measured: MeasuredSubject.all(measurements))
        }
        let instants = try side.query(moment) { view in try changeInstants(view, log: data.log) }
        let reports = try side.architectures(asOf: cut, validAt: instants.map(\.0), progress: progress)
        for ((instant, changes), report) in zip(instants, reports) { data.timeline.append(instant, changes: changes, report) }
        return data
    }

    /// Distinct effective instants of status changes and store changes, oldest first, each with
    /// one line per decision that took effect then.
    static func changeInstants(_ view: ReadModelView, log: DecisionLog) throws -> [(Timestamp, [String])] {
        let decisions = Dictionary(uniqueKeysWithValues: log.decisions.map { ($0.uuid, (shortID: $0.id, title: $0.title)) })
        var changes: [Timestamp: [String]] = [:]
        for step in try view.reader.timelines() where ["accepted", "superseded", "deprecated"].contains(step.change) {
            let decision = decisions[step.decisionID]
            let line = "\(decision?.shortID ?? step.decisionID) \(step.status): \(decision?.title ?? "")"
            if !(changes[step.effectiveAt]?.contains(line) ?? false) { changes[step.effectiveAt, default: []].append(line) }
        }
        for change in try view.reader.storeChanges() where changes[change.effectiveAt] == nil {
            changes[change.effectiveAt] = []
        }
        return changes.sorted { $0.key < $1.key }.map { ($0.key, $0.value) }
    }
}
