/// Points each link at the record it names, and reports links that name none.
///
/// Markdown links name files; a target file that exists in the collection becomes that
/// record's ``ADRRecord/reference`` (its number, when it has one), so links read from
/// different formats compare equal. A missing file whose name starts with a number that
/// one record has is matched by that number, as adr-tools itself does, and reported.
/// Duplicate links (MADR 4's status plus a link line) are merged.
enum LinkResolver {
    static func resolve(_ outputs: inout [MarkdownRecordReader.Output], problems: inout [ImportProblem]) {
        let index = Index(outputs.map(\.record))
        for position in outputs.indices {
            var output = outputs[position]
            let file = output.record.sourcePath ?? ""
            var seen = Set<LinkKey>()
            var links: [ADRLink] = []
            var lines: [Int?] = []
            for (offset, original) in output.record.links.enumerated() {
                let line = offset < output.linkLines.count ? output.linkLines[offset] : nil
                var link = original
                if let target = index.resolve(link.target, from: file, line: line, problems: &problems) {
                    link.target = target
                }
                guard seen.insert(LinkKey(type: link.type, target: link.target)).inserted else { continue }
                links.append(link)
                lines.append(line)
            }
            output.record.links = links
            output.linkLines = lines
            outputs[position] = output
        }
    }

    private struct LinkKey: Hashable {
        let type: ADRLinkType
        let target: ADRLinkTarget
    }

    /// The collection's records by file name and by number.
    private struct Index {
        var byFile: [String: ADRLinkTarget] = [:]
        var byLowercasedFile: [String: ADRLinkTarget] = [:]
        var numberCounts: [Int: Int] = [:]

        init(_ records: [ADRRecord]) {
            for record in records {
                if let number = record.number { numberCounts[number, default: 0] += 1 }
                guard let name = record.fileName, let reference = record.reference else { continue }
                byFile[name] = byFile[name] ?? reference
                byLowercasedFile[name.lowercased()] = byLowercasedFile[name.lowercased()] ?? reference
            }
        }

        /// The resolved target, or `nil` (with a problem) when nothing matches.
        func resolve(_ target: ADRLinkTarget, from file: String, line: Int?, problems: inout [ImportProblem]) -> ADRLinkTarget? {
            switch target {
            case .number(let number):
                if numberCounts[number] != nil { return target }
                problems.append(ImportProblem(
                    file: file, line: line, code: .danglingLink,
                    message: "link points to ADR \(number), which is not in the collection. Fix or remove the link"))
                return nil
            case .file(let path):
                let name = Self.localName(path)
                if let name, let found = byFile[name] ?? byLowercasedFile[name.lowercased()] { return found }
                if let name, let number = ADRNumber.fromFileName(name), numberCounts[number] == 1 {
                    problems.append(ImportProblem(
                        file: file, line: line, code: .linkFileMissing,
                        message: "link points to '\(ImportProblem.excerpt(name))', which does not exist; matched ADR \(number) by number. Update the link"))
                    return .number(number)
                }
                problems.append(ImportProblem(
                    file: file, line: line, code: .danglingLink,
                    message: "link points to '\(ImportProblem.excerpt(path))', which is not in the collection. Fix or remove the link"))
                return nil
            }
        }

        /// The file name a relative path names inside the same directory, or `nil` when
        /// it leads into another directory.
        private static func localName(_ path: String) -> String? {
            let parts = path.split(separator: "/").filter { $0 != "." }
            guard let last = parts.last else { return nil }
            return parts.count == 1 ? String(last) : nil
        }
    }
}
