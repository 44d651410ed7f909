import Foundation
import Strata
import StrataInterop

/// The lines of an exported record's Decision Log: what Strata knows about a decision that no
/// section of a Markdown format holds.
///
/// Why each status change happened and who made it (a rejection's reason, above all), and the
/// effects the decision plans or applied, with their justifications, named by short id. A
/// status change the record's own file brought (an import or sync from it) says nothing the
/// record does not, so it is left out: a plain record exports as it came in.
struct DecisionLogLines {
    /// Short ids by UUID, for the stores, workloads, contexts and measurements effects name.
    let names: [String: String]

    func lines(_ decision: DecisionState) -> [String] {
        let sourceFile = decision.source?.path.map { ($0 as NSString).lastPathComponent }
        let changes = decision.history.dropFirst().compactMap { change -> String? in
            let reason = change.reason.trimmingCharacters(in: .whitespacesAndNewlines)
            if let sourceFile, !sourceFile.isEmpty, reason.contains(sourceFile) { return nil }
            var line = "\(change.effectiveAt.day): \(change.status.rawValue)"
            if !change.by.isEmpty { line += " by \(change.by)" }
            if !reason.isEmpty { line += ": \(reason)" }
            return line
        }
        let content = decision.content
        return changes + content.effects.map { "effect: " + effect($0) }
            + (content.affects ?? []).map { "affects: " + $0 } + (content.refs ?? []).map { "ref: " + $0 }
    }

    private func name(_ reference: String) -> String {
        if reference.hasPrefix(ArchitectureEffect.newStorePrefix) { return "'\(reference.dropFirst(ArchitectureEffect.newStorePrefix.count))'" }
        return names[reference] ?? reference
    }

    private func effect(_ effect: ArchitectureEffect) -> String {
        switch effect {
        case let .adoptStore(technology, storeName, context, role, workloads, justifications):
            var text = "adopt \(technology.id) store '\(storeName)' as \(role.rawValue) in \(name(context))"
            if let workloads, !workloads.isEmpty { text += " for " + workloads.map(name).joined(separator: ", ") }
            if let justifications, !justifications.isEmpty { text += ", justified by " + justifications.map(justification).joined(separator: "; ") }
            return text
        case .retireStore(let store): return "retire \(name(store))"
        case let .changeTopology(store, change): return "give \(name(store)) \(change.description)"
        case let .moveWorkload(workload, from, to): return "move \(name(workload)) from \(name(from)) to \(name(to))"
        }
    }

    private func justification(_ justification: Justification) -> String {
        switch justification {
        case .measuredBottleneck(let measurements): "the measured bottleneck \(measurements.map(name).joined(separator: ", "))"
        case let .accessPattern(workloads, note):
            "the access pattern of \(workloads.map(name).joined(separator: ", "))" + (note.map { " (\($0))" } ?? "")
        case let .capability(capability, workloads): "\(capability.rawValue), which \(workloads.map(name).joined(separator: ", ")) need"
        case .freeText(let text): text
        }
    }
}
