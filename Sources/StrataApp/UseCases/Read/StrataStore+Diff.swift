import Foundation
import Strata
import StrataAdvisor
import StrataInterop
import StrataProfile
import StrataProjections

extension StrataStore {
    /// What changed between two moments (`to` nil is now): stores added, retired and re-shaped,
    /// decision statuses and audit verdicts. With `validTime` both are read as valid time: the
    /// design in effect then, as the log knows it now.
    public func diff(from: String, to: String?, validTime: Bool = false) throws(AppError) -> ArchitectureDiff {
        let old = try diffMoment(from, validTime: validTime, field: .from)
        let new = try to.map { text throws(AppError) in try diffMoment(text, validTime: validTime, field: .to) } ?? .now
        let (a, aLog, aAudit) = try query(old) { try (ArchitectureReport.build($0), DecisionLog.build($0), AuditReport.build($0)) }
        let (b, bLog, bAudit, steps) = try query(new) { view in
            try (ArchitectureReport.build(view), DecisionLog.build(view), AuditReport.build(view),
                 ArchitectureDiff.steps(in: view, after: a.position, validAfter: old.validAt))
        }
        var diff = ArchitectureDiff.between(a, b, aLog, bLog, aAudit, bAudit)
        diff.steps = steps
        return diff
    }

    private func diffMoment(_ text: String, validTime: Bool, field: AppError.Field) throws(AppError) -> Moment {
        if validTime { return Moment(validAt: try MomentParser.instant(text, field: field)) }
        return Moment(asOf: try cut(text, field: field))
    }
}
