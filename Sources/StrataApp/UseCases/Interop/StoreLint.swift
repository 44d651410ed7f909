import Foundation
import Strata
import StrataAdvisor
import StrataInterop
import StrataProfile
import StrataProjections

/// `strata lint` on the store: the checks that make sense for decisions kept as events.
///
/// Numbers cannot repeat and links are stored once and read both ways, so duplicate numbers and
/// missing reverse links cannot occur; gaps (an import that kept its source's numbers), links
/// to decisions the store does not hold, and statuses that disagree with the links can.
enum StoreLint {
    static func findings(_ log: DecisionLog) -> [LintFinding] {
        let entries = log.decisions
        let byID = Dictionary(uniqueKeysWithValues: entries.map { ($0.id, $0) })
        var findings: [LintFinding] = []
        let numbers = Set(entries.compactMap { Int($0.id.dropFirst(4)) })
        if let highest = numbers.max() {
            let missing = (1...highest).filter { !numbers.contains($0) }
            if !missing.isEmpty {
                let list = missing.prefix(10).map { "ADR-\($0)" }.joined(separator: ", ") + (missing.count > 10 ? ", …" : "")
                findings.append(LintFinding(code: .numberingGap, message: "no decision has \(list); numbers run from ADR-1 to ADR-\(highest)"))
            }
        }
        for entry in entries {
            for link in entry.links where link.direction == .outgoing {
                if link.target == entry.id {
                    findings.append(LintFinding(code: .selfLink, file: entry.id, message: "\(entry.id) \(link.type) itself; link it to another decision"))
                } else if byID[link.target] == nil {
                    findings.append(LintFinding(code: .danglingLink, file: entry.id, message: "\(entry.id) \(link.type) \(link.target), which this store does not hold; import it or remove the link"))
                }
            }
            let successors = entry.links.filter { $0.direction == .incoming && $0.type == .supersededBy }
            let acceptedSuccessors = successors.filter { byID[$0.target]?.status == .accepted }
            if entry.status == .superseded, successors.isEmpty {
                findings.append(LintFinding(code: .supersededWithoutSuccessor, file: entry.id, message: "\(entry.id) is superseded but no decision supersedes it; link its successor"))
            } else if !acceptedSuccessors.isEmpty, entry.status == .accepted {
                let list = acceptedSuccessors.map(\.target).joined(separator: ", ")
                findings.append(LintFinding(code: .statusContradictsLinks, file: entry.id, message: "\(entry.id) is still accepted although accepted \(list) supersedes it; supersede it by \(acceptedSuccessors[0].target)"))
            }
        }
        return findings
    }
}
