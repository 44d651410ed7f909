import Foundation
import Strata
import StrataAdvisor
import StrataInterop
import StrataProfile
import StrataProjections

extension StrataStore {
    /// Measurements per workload and store over time at `moment`, bottlenecks marked, with each
    /// decision's measured gain; only `subject` (`W-N`, `S-N`) when given.
    public func measurements(of subject: String? = nil, at moment: Moment = .now) throws(AppError) -> MeasurementTimeline {
        let timeline = try query(moment) { try MeasurementTimeline.build($0, subject: subject) }
        if let subject, timeline.subjects.isEmpty {
            throw AppError(.notFound, "no workload or store '\(subject)'", subject: .entity(subject), remedy: .listKnown(.workload))
        }
        return timeline
    }
}
