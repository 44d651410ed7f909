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

    /// Advises every active workload. Workloads with the same profile in the same situation
    /// share one ranking (``AdviceMemo``), and the architecture is read once for all of them,
    /// so a large architecture of look-alike workloads costs one advice per distinct case.
    static func read(_ view: ReadModelView) throws -> HTMLAdviceData {
        let reader = view.reader
        let stores = try reader.stores().filter(\.isActive)
        let serving = try reader.serving()
        let contexts = Dictionary(uniqueKeysWithValues: try reader.contexts().map { ($0.id, $0.shortID) })
        let active = try reader.workloads().filter { $0.status == "active" }
        let situations = try ArchitectureAdviceReport.advisoryContexts(for: active, view)
        var memo = AdviceMemo()
        var data = HTMLAdviceData()
        for workload in active {
            guard let profile = try? WorkloadProfile.parse(workload.profile) else { continue }
            let advice = memo.advise(profile, context: situations[workload.id] ?? AdvisoryContext())
            let servedBy = stores.filter { serving[$0.id]?.contains(workload.id) == true }.map { "\($0.shortID) \($0.name) (\($0.technology))" }
            data.entries.append(Entry(
                workload: workload.shortID, name: workload.name, context: contexts[workload.contextID] ?? workload.contextID,
                servedBy: servedBy, advice: advice))
        }
        return data
    }
}
