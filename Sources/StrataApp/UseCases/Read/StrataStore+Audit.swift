import Foundation
import Strata
import StrataAdvisor
import StrataInterop
import StrataProfile
import StrataProjections

extension StrataStore {
    /// One verdict per store in use at `moment`, with its evidence chain, and the findings;
    /// ``AuditReport/fails`` says whether it would fail a CI gate.
    public func audit(at moment: Moment = .now) throws(AppError) -> AuditReport {
        try query(moment) { try AuditReport.build($0) }
    }
}
