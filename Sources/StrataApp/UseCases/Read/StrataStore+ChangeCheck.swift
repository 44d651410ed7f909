import Strata
import StrataProjections

extension StrataStore {
    /// The decisions at `moment` that govern each of `paths` by their `affects` patterns.
    ///
    /// Accepted and proposed decisions govern; a rejected one never did. A file that only
    /// superseded or deprecated decisions govern is flagged: nothing in force covers it any
    /// more, and whoever changes it should check the decision that replaced the old one. A file
    /// an accepted decision also governs is not flagged, since that decision is in force.
    public func checkChanged(_ paths: [String], at moment: Moment = .now) throws(AppError) -> ChangeCheck {
        guard !paths.isEmpty else {
            throw AppError(.invalidInput, "no changed file was given; pass paths, or '-' to read them from standard input", subject: .field(.changed))
        }
        let (rows, links) = try query(moment) { view in (try view.reader.decisions(), try view.reader.links()) }
        let shortIDs = Dictionary(rows.map { ($0.id, $0.shortID) }) { first, _ in first }
        var successors: [String: [String]] = [:]
        for link in links where link.type == DecisionLink.supersedes {
            successors[link.targetID, default: []].append(shortIDs[link.decisionID] ?? link.decisionID)
        }
        let governing = rows.filter { $0.status != DecisionStatus.rejected.rawValue && !($0.content.affects ?? []).isEmpty }
            .sorted { $0.number < $1.number }
            .map { row in (row, (row.content.affects ?? []).map(PathPattern.init)) }
        let inForce: Set<String> = [DecisionStatus.accepted.rawValue, DecisionStatus.proposed.rawValue]
        let files = paths.map { path in
            let decisions = governing.compactMap { row, patterns -> ChangeCheck.Governing? in
                let matched = patterns.filter { $0.matches(path) }.map(\.text)
                guard !matched.isEmpty else { return nil }
                return ChangeCheck.Governing(
                    id: row.shortID, status: row.status, title: row.title, patterns: matched, supersededBy: successors[row.id] ?? [])
            }
            let flagged = !decisions.isEmpty && !decisions.contains { $0.status == DecisionStatus.accepted.rawValue }
                && decisions.contains { !inForce.contains($0.status) }
            return ChangeCheck.File(path: path, decisions: decisions, flagged: flagged)
        }
        return ChangeCheck(files: files, flagged: files.filter(\.flagged).count, ungoverned: files.filter(\.decisions.isEmpty).count)
    }
}
