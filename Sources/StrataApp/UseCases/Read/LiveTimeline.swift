import Foundation
import Strata
import StrataProjections

/// What the served front page's slider moves through, read once per log position: every instant
/// a decision or a store took effect, the design and the audit in effect at any valid time, and
/// each decision's status steps, so the page at any valid time renders without folding the log.
///
/// A fold at a valid time replays every event up to it (measurements included), seconds on a
/// log of half a million events; the sweep behind ``ReadSide/validTimeline(asOf:now:)`` reads
/// the log once for every valid time together.
public struct LiveTimeline: Sendable {
    /// The log position it was read at.
    public var position: Int64 { reports.position }
    let instants: [LiveFrontPage.Instant]
    /// The design and the audit at every valid time.
    let reports: ValidTimeline
    /// Each decision's status steps (by UUID), in effective-time order.
    let steps: [String: [(at: Timestamp, status: DecisionStatus)]]

    /// The decision log at the timeline's position, as in effect now.
    let log: DecisionLog

    /// `log` as in effect at `instant`: each decision with the status its steps give then;
    /// decisions not yet proposed in valid time are left out.
    func inEffect(_ log: DecisionLog, at instant: Timestamp) -> DecisionLog {
        let shown = self.shown(log, at: instant)
        var kept = shown.log
        kept.decisions.removeAll { shown.absent.contains($0.id) }
        return kept
    }

    /// `log` with each decision's status and its date as in effect at `instant`, and the short
    /// ids of the decisions not yet proposed then, which keep their rows as they are.
    func shown(_ log: DecisionLog, at instant: Timestamp) -> (log: DecisionLog, absent: Set<String>) {
        var shown = log, absent: Set<String> = []
        for index in shown.decisions.indices {
            guard let step = steps[shown.decisions[index].uuid]?.last(where: { $0.at <= instant }) else {
                absent.insert(shown.decisions[index].id)
                continue
            }
            shown.decisions[index].status = step.status
            shown.decisions[index].effectiveAt = step.at.iso8601
        }
        return (shown, absent)
    }
}

extension StrataStore {
    /// The slider's timeline as `knowledge` (models with no valid time) knows it.
    public func liveTimeline(_ knowledge: LiveReadModels) throws(AppError) -> LiveTimeline {
        let (log, instants, rows) = try knowledge.query { view in
            let log = try DecisionLog.build(view)
            return (log, try HTMLReportData.changeInstants(view, log: log), try view.reader.timelines())
        }
        let reports = try AppError.wrap { try readSide.validTimeline(asOf: .position(knowledge.position)) }
        var steps: [String: [(at: Timestamp, status: DecisionStatus)]] = [:]
        for row in rows.sorted(by: { ($0.effectiveAt, $0.position) < ($1.effectiveAt, $1.position) }) {
            guard let status = DecisionStatus(rawValue: row.status) else { continue }
            steps[row.decisionID, default: []].append((row.effectiveAt, status))
        }
        return LiveTimeline(instants: instants.map { LiveFrontPage.Instant(at: $0.0, changes: $0.1) }, reports: reports, steps: steps, log: log)
    }
}
