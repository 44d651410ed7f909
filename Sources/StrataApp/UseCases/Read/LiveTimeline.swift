import Foundation
import Strata
import StrataProjections

/// What the served front page's slider moves through, read once per log position: every instant
/// a decision or a store took effect, the design in effect at each, and each decision's status
/// steps, so the page at any valid time renders without folding the log again.
///
/// A fold at a valid time replays every event up to it (measurements included), seconds on a
/// log of half a million events; the sweep behind ``ReadSide/architectures(asOf:validAt:progress:)``
/// reads the log once for all the instants together.
public struct LiveTimeline: Sendable {
    /// The log position it was read at.
    public let position: Int64
    let instants: [LiveFrontPage.Instant]
    let designs: [ArchitectureReport]
    /// Each decision's status steps (by UUID), in effective-time order.
    let steps: [String: [(at: Timestamp, status: DecisionStatus)]]

    /// The design in effect at `instant`: the one of the last instant at or before it.
    func design(at instant: Timestamp) -> ArchitectureReport? {
        instants.lastIndex { $0.at <= instant }.map { designs[$0] }
    }

    /// `log` as in effect at `instant`: each decision with the status its steps give then;
    /// decisions not yet proposed in valid time are left out.
    func inEffect(_ log: DecisionLog, at instant: Timestamp) -> DecisionLog {
        var shown = log
        shown.decisions = log.decisions.compactMap { entry in
            guard let step = steps[entry.uuid]?.last(where: { $0.at <= instant }) else { return nil }
            var entry = entry
            entry.status = step.status
            entry.effectiveAt = step.at.iso8601
            return entry
        }
        return shown
    }
}

extension StrataStore {
    /// The slider's timeline as `knowledge` (models with no valid time) knows it.
    public func liveTimeline(_ knowledge: LiveReadModels) throws(AppError) -> LiveTimeline {
        let (instants, rows) = try knowledge.query { view in
            (try HTMLReportData.changeInstants(view, log: try DecisionLog.build(view)), try view.reader.timelines())
        }
        let designs = try AppError.wrap {
            try readSide.architectures(asOf: .position(knowledge.position), validAt: instants.map(\.0))
        }
        var steps: [String: [(at: Timestamp, status: DecisionStatus)]] = [:]
        for row in rows.sorted(by: { ($0.effectiveAt, $0.position) < ($1.effectiveAt, $1.position) }) {
            guard let status = DecisionStatus(rawValue: row.status) else { continue }
            steps[row.decisionID, default: []].append((row.effectiveAt, status))
        }
        return LiveTimeline(
            position: knowledge.position, instants: instants.map { LiveFrontPage.Instant(at: $0.0, changes: $0.1) },
            designs: designs, steps: steps)
    }
}
