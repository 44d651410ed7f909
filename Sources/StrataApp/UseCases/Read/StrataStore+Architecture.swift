import Foundation
import Strata
import StrataAdvisor
import StrataInterop
import StrataProfile
import StrataProjections

extension StrataStore {
    /// Contexts, their stores and topology, the workloads each serves, and the decisions behind
    /// them, at `moment`; retired stores and contexts only with `includeRetired`.
    public func architecture(at moment: Moment = .now, includeRetired: Bool = false) throws(AppError) -> ArchitectureReport {
        try query(moment) { try ArchitectureReport.build($0, includeRetired: includeRetired) }
    }
}
