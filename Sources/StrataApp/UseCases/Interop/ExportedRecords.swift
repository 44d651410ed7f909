import Foundation
import Strata
import StrataAdvisor
import StrataInterop
import StrataProfile
import StrataProjections

/// Turns folded decisions back into records for StrataInterop's exporters: the inverse of
/// ``ImportedRecords``, so an export followed by an import gives the same decisions, statuses
/// and links.
///
/// A decision's date is the valid time of its last proposal, acceptance or rejection. Its links
/// are its own (as recorded), then the reverse lines other decisions imply ("Superseded by",
/// "Amended by"), as adr-tools writes both ends.
enum ExportedRecords {
    static func records(_ decisions: [DecisionState], names: [String: String] = [:]) -> [ADRRecord] {
        let log = DecisionLogLines(names: names)
        let sorted = decisions.sorted { $0.ref.number < $1.ref.number }
        let numbers = Dictionary(sorted.map { ($0.ref.id, $0.ref.number) }) { first, _ in first }
        var reverse: [String: [ADRLink]] = [:]
        for decision in sorted {
            for link in decision.links {
                // adr-tools writes both ends of its built-in pairs; custom labels stay one-sided.
                let inverse = LinkType(link.type).inverse
                guard inverse.forward != nil else { continue }
                reverse[link.decision, default: []].append(ADRLink(type: linkType(inverse.rawValue), target: .number(decision.ref.number)))
            }
            for successor in decision.supersededBy {
                if let number = numbers[successor] {
                    reverse[decision.ref.id, default: []].append(ADRLink(type: linkType(LinkType.supersededBy.rawValue), target: .number(number)))
                }
            }
        }
        return sorted.map { decision in
            let own = decision.links.compactMap { link in
                numbers[link.decision].map { ADRLink(type: linkType(link.type), target: .number($0)) }
            }
            var links: [ADRLink] = []
            for link in own + (reverse[decision.ref.id] ?? []) where !links.contains(link) { links.append(link) }
            var exported = record(decision, links: links)
            exported.decisionLog = log.lines(decision)
            return exported
        }
    }

    static func record(_ decision: DecisionState, links: [ADRLink]) -> ADRRecord {
        let content = decision.content
        let extras = content.extras ?? DecisionExtras()
        let decisionIsRationale = content.chosenOption == nil && extras.decisionText == nil
        let decided = decision.history.last { [.proposed, .accepted, .rejected].contains($0.status) }
        var status = ADRStatusMapping.status(decision.status)
        if decision.status == .proposed, let text = extras.statusText { status = .unknown(text) }
        return ADRRecord(
            number: decision.ref.number, title: content.title, status: status,
            date: extras.dateText == nil ? decided.flatMap { ADRDay(iso: $0.effectiveAt.day) } : nil,
            dateText: extras.dateText.flatMap { $0.isEmpty ? nil : $0 },
            deciders: content.deciders, consulted: content.consulted, informed: content.informed, tags: content.tags,
            context: content.problem, decisionDrivers: content.drivers,
            options: content.options.map {
                ADROption(name: $0.name, description: $0.description ?? "", pros: $0.pros, cons: $0.cons,
                          neutral: extras.neutralArguments?[$0.name] ?? [])
            },
            chosenOption: content.chosenOption, rationale: decisionIsRationale ? "" : content.rationale,
            decision: decisionIsRationale ? content.rationale : (extras.decisionText ?? ""),
            consequences: ADRConsequences(
                good: content.consequences.good, bad: content.consequences.bad,
                neutral: extras.neutralConsequences ?? [], text: extras.consequencesText ?? ""),
            confirmation: extras.confirmation ?? "", moreInformation: extras.moreInformation ?? "",
            statusDetail: extras.statusDetail ?? "", links: links, sourcePath: nil,
            extraSections: (extras.sections ?? []).map { ADRSection(name: $0.name, body: $0.body) },
            otherMetadata: extras.metadata ?? [:])
    }

    /// `clarified-by` → `Clarified by`, the phrase adr-tools users write.
    static func linkType(_ type: String) -> ADRLinkType {
        let words = type.split(separator: "-").joined(separator: " ")
        return ADRLinkType(text: words.prefix(1).uppercased() + words.dropFirst())
    }
}

enum ADRStatusMapping {
    static func status(_ status: DecisionStatus) -> ADRStatus {
        switch status {
        case .proposed: .proposed
        case .accepted: .accepted
        case .rejected: .rejected
        case .superseded: .superseded
        case .deprecated: .deprecated
        }
    }
}
