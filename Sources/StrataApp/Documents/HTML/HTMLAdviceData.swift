import Foundation
import Strata
import StrataAdvisor
import StrataProfile
import StrataProjections

/// The advice the report shows: for each active workload, what the advisor recommends for its
/// profile given the recorded architecture, with the design of the top choice.
struct HTMLAdviceData {
    struct Entry {
        var workload: String
        var name: String
        var context: String
        var servedBy: [String]
        var advice: Advice
    }

    var entries: [Entry] = []

    /// Advises every active workload once. Workloads with the same profile in the same
    /// situation share one computation, so a large architecture of look-alike workloads costs
    /// one advice per distinct case, not one per workload.
    static func read(_ view: ReadModelView) throws -> HTMLAdviceData {
        let reader = view.reader
        let stores = try reader.stores().filter(\.isActive)
        let serving = try reader.serving()
        let contexts = Dictionary(uniqueKeysWithValues: try reader.contexts().map { ($0.id, $0.shortID) })
        var computed: [String: [(AdvisoryContext, Advice)]] = [:]
        var data = HTMLAdviceData()
        for workload in try reader.workloads() where workload.status == "active" {
            guard let profile = try? WorkloadProfile.parse(workload.profile) else { continue }
            let context = try ArchitectureAdviceReport.advisoryContext(for: workload, view)
            let advice: Advice
            if let known = computed[workload.profile]?.first(where: { $0.0 == context })?.1 {
                advice = known
            } else {
                advice = Advisor.advise(profile, context: context)
                computed[workload.profile, default: []].append((context, advice))
            }
            let servedBy = stores.filter { serving[$0.id]?.contains(workload.id) == true }.map { "\($0.shortID) \($0.name) (\($0.technology))" }
            data.entries.append(Entry(
                workload: workload.shortID, name: workload.name, context: contexts[workload.contextID] ?? workload.contextID,
                servedBy: servedBy, advice: advice))
        }
        return data
    }
}
