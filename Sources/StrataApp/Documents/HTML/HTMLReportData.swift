import Foundation
import Strata
import StrataAdvisor
import StrataInterop
import StrataProfile
import StrataProjections

/// Everything the HTML report shows, read at one moment, plus the architecture at each date a
/// decision took effect, for the page's time slider.
struct HTMLReportData {
    /// The architecture in effect at one instant, with what changed then.
    struct Snapshot: Encodable {
        var at: String
        var day: String
        var changes: [String]
        var report: ArchitectureReport
    }

    var moment: String
    var architecture: ArchitectureReport
    var log: DecisionLog
    var records: [DecisionRecord]
    var audit: AuditReport
    var snapshots: [Snapshot]

    /// Reads the report at `cut` (nil: now). Each snapshot is the design in effect at an instant
    /// where a decision was accepted, superseded or deprecated or a store changed, as known at `cut`.
    static func read(_ side: ReadSide, upTo cut: TimeCut?) throws -> HTMLReportData {
        let moment = Moment(asOf: cut)
        var data = try side.query(moment) { view in
            let log = try DecisionLog.build(view)
            return HTMLReportData(
                moment: cut.map(MomentText.describe) ?? "now (position \(view.position))",
                architecture: try ArchitectureReport.build(view), log: log,
                records: try log.decisions.compactMap { try DecisionRecord.build(view, reference: $0.uuid) },
                audit: try AuditReport.build(view), snapshots: [])
        }
        let instants = try side.query(moment) { view in try changeInstants(view) }
        data.snapshots = try instants.map { instant, changes in
            let report = try side.query(Moment(asOf: cut, validAt: instant)) { try ArchitectureReport.build($0) }
            return Snapshot(at: instant.iso8601, day: instant.day, changes: changes, report: report)
        }
        return data
    }

    /// Distinct effective instants of status changes and store changes, oldest first, each with
    /// one line per decision that took effect then.
    private static func changeInstants(_ view: ReadModelView) throws -> [(Timestamp, [String])] {
        let decisions = Dictionary(uniqueKeysWithValues: try view.reader.decisions().map { ($0.id, $0) })
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
