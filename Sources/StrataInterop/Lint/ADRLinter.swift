/// Checks a collection for the inconsistencies that creep into hand-maintained ADRs.
///
/// adr-tools and Log4brains write both ends of a link, but people edit files by hand,
/// merge branches that both took number 12, and forget to flip a status. The linter
/// looks at all records together (see ``LintCode`` for the checks) and also passes on
/// the importer's problems, so one report covers everything.
public enum ADRLinter {
    /// Lints imported records.
    ///
    /// - Parameters:
    ///   - records: the records of one collection, as an importer returned them.
    ///   - problems: the importer's problems for the same collection.
    /// - Returns: findings ordered by file, then line.
    public static func lint(records: [ADRRecord], problems: [ImportProblem] = []) -> [LintFinding] {
        let graph = LinkGraph(records)
        // The importer saw each dangling link on its line; the graph check only covers the rest.
        let located = Set(problems.filter { $0.code == .danglingLink }.map(\.file))
        var findings = numberingFindings(records)
        for (position, record) in records.enumerated() {
            findings += linkFindings(record, position: position, graph: graph, locatedDangling: located)
            findings += statusFindings(record)
        }
        findings += problemFindings(problems, records: records)
        return findings.enumerated().sorted { lhs, rhs in
            let left = (lhs.element.file ?? "", lhs.element.line ?? 0, lhs.offset)
            let right = (rhs.element.file ?? "", rhs.element.line ?? 0, rhs.offset)
            return left < right
        }.map(\.element)
    }

    private static func numberingFindings(_ records: [ADRRecord]) -> [LintFinding] {
        var findings: [LintFinding] = []
        let groups = Dictionary(grouping: records.filter { $0.number != nil }, by: { $0.number ?? 0 })
        for (number, group) in groups.sorted(by: { $0.key < $1.key }) where group.count > 1 {
            var names = group.prefix(4).map { $0.fileName ?? LinkGraph.name($0) }
            if group.count > 4 { names.append("\(group.count - 4) more") }
            for record in group {
                findings.append(LintFinding(
                    code: .duplicateNumber, file: record.sourcePath,
                    message: "number \(number) is used by \(names.joined(separator: ", ")). Renumber all but one and update their links"))
            }
        }
        let numbers = groups.keys.sorted()
        for (low, high) in zip(numbers, numbers.dropFirst()) where high - low > 1 {
            let missing = high - low == 2 ? "ADR \(low + 1) is" : "ADRs \(low + 1)–\(high - 1) are"
            findings.append(LintFinding(
                code: .numberingGap,
                message: "\(missing) missing between \(low) and \(high). Restore them or note why they were removed"))
        }
        return findings
    }

    private static func linkFindings(
        _ record: ADRRecord, position: Int, graph: LinkGraph, locatedDangling: Set<String>
    ) -> [LintFinding] {
        var findings: [LintFinding] = []
        let name = LinkGraph.name(record)
        for link in record.links {
            let targets = graph.positions(for: link.target)
            guard let targetPosition = targets.first else {
                if let file = record.sourcePath, locatedDangling.contains(file) { continue }
                findings.append(LintFinding(
                    code: .danglingLink, file: record.sourcePath,
                    message: "'\(link.type.phrase)' link to \(link.target) names no record in the collection. Fix or remove it"))
                continue
            }
            if targets.contains(position) {
                findings.append(LintFinding(
                    code: .selfLink, file: record.sourcePath,
                    message: "\(name) links to itself ('\(link.type.phrase)'). Point the link at the intended record"))
                continue
            }
            let target = graph.records[targetPosition]
            guard !graph.hasLink(from: targetPosition, to: position, ofType: link.type.inverse) else { continue }
            let wanted = link.type.inverse.map { "a '\($0.phrase)'" } ?? "any"
            findings.append(LintFinding(
                code: .missingReverseLink, file: target.sourcePath,
                message: "\(LinkGraph.name(target)) has no \(wanted) link back to \(name), which says '\(link.type.phrase) \(LinkGraph.name(target))'. Add it"))
        }
        return findings
    }

    private static func statusFindings(_ record: ADRRecord) -> [LintFinding] {
        let successors = record.links.filter { $0.type == .supersededBy }
        if !successors.isEmpty, record.status != .superseded {
            let list = successors.map(\.target.description).joined(separator: ", ")
            return [LintFinding(
                code: .statusContradictsLinks, file: record.sourcePath,
                message: "\(LinkGraph.name(record)) is superseded by \(list) but its status is '\(record.status.name)'. Set it to superseded or remove the link")]
        }
        if successors.isEmpty, record.status == .superseded {
            return [LintFinding(
                code: .supersededWithoutSuccessor, file: record.sourcePath,
                message: "\(LinkGraph.name(record)) is superseded but names no successor. Add a 'Superseded by' link")]
        }
        return []
    }

    /// The importer's problems as findings; those the linter recomputes are skipped.
    private static func problemFindings(_ problems: [ImportProblem], records: [ADRRecord]) -> [LintFinding] {
        var findings: [LintFinding] = []
        var datesReported = Set<String>()
        for problem in problems {
            switch problem.code {
            case .duplicateNumber, .skippedIndex, .skippedTemplate:
                continue
            case .danglingLink:
                findings.append(LintFinding(code: .danglingLink, file: problem.file, line: problem.line, message: problem.message))
            case .unparseableDate, .ambiguousDate:
                datesReported.insert(problem.file)
                let code: LintCode = problem.code == .ambiguousDate ? .ambiguousDate : .unparseableDate
                findings.append(LintFinding(code: code, file: problem.file, line: problem.line, message: problem.message))
            default:
                findings.append(LintFinding(
                    code: .importProblem, file: problem.file, line: problem.line,
                    message: "\(problem.code.rawValue): \(problem.message)"))
            }
        }
        for record in records where record.date == nil && record.dateText != nil {
            guard !datesReported.contains(record.sourcePath ?? "") else { continue }
            findings.append(LintFinding(
                code: .unparseableDate, file: record.sourcePath,
                message: "date '\(ImportProblem.excerpt(record.dateText ?? ""))' is not a date. Write it as yyyy-mm-dd"))
        }
        return findings
    }
}
