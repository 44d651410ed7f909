import Foundation
import Strata
import StrataAdvisor
import StrataInterop
import StrataProfile
import StrataProjections

/// A workload recorded in the store, seen through the read models at one moment.
struct RecordedWorkload {
    var reference: String
    var profile: WorkloadProfile
    /// Its context's stores as existing stores, its latest measured bottlenecks as evidence,
    /// the serving stores' topology and its metrics' trends.
    var context: AdvisoryContext
    /// What the measurements on it and its stores call for next.
    var nextSteps: [ArchitectureAdviceReport.ScalingDue]
}

extension StrataStore {
    func recordedWorkload(_ id: String, at moment: Moment) throws(AppError) -> RecordedWorkload {
        let ref = try AppError.wrap { try EntityResolver(log: log).resolve(id, as: .workload) }
        let found = try query(moment) { view -> RecordedWorkload? in
            guard let workload = try view.reader.workloads().first(where: { $0.id == ref.id }),
                  let profile = try? WorkloadProfile.parse(workload.profile) else { return nil }
            let stores = try view.reader.stores().filter(\.isActive)
            let serving = try view.reader.serving()
            let servedBy = Set(stores.filter { serving[$0.id]?.contains(workload.id) == true }.map(\.id))
            let steps = try ArchitectureAdviceReport.scalingSteps(view) { servedBy.contains($0.id) }
            return RecordedWorkload(
                reference: ref.id, profile: profile,
                context: try ArchitectureAdviceReport.advisoryContext(for: workload, view), nextSteps: steps)
        }
        guard let found else {
            throw AppError(.notFound, "no workload \(id) at that moment", subject: .entity(id), remedy: .listKnown(.workload))
        }
        return found
    }
}
