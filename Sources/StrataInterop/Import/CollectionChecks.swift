/// Checks and ordering that look at all records of a collection together.
enum CollectionChecks {
    /// Reports every record whose number another record also uses. Records are kept:
    /// the user decides which one to renumber.
    static func reportDuplicates(_ records: [ADRRecord], into problems: inout [ImportProblem]) -> [ADRRecord] {
        let byNumber = Dictionary(grouping: records.filter { $0.number != nil }, by: { $0.number ?? 0 })
        for (number, group) in byNumber.sorted(by: { $0.key < $1.key }) where group.count > 1 {
            let names = group.map { $0.sourcePath ?? $0.title }
            for (position, name) in names.enumerated() {
                var others = Array(names.enumerated().lazy.filter { $0.offset != position }.map(\.element)
                    .prefix(3).map { ImportProblem.excerpt($0, limit: 60) })
                if names.count > 4 { others.append("\(names.count - 4) more") }
                problems.append(ImportProblem(
                    file: name, code: .duplicateNumber,
                    message: "number \(number) is also used by \(others.joined(separator: ", ")). Renumber one of them"))
            }
        }
        return records
    }

    /// Sorted by number, then date, then file name; unnumbered records last, by date.
    static func sorted(_ records: [ADRRecord]) -> [ADRRecord] {
        records.sorted { lhs, rhs in
            switch (lhs.number, rhs.number) {
            case let (l?, r?) where l != r: return l < r
            case (.some, nil): return true
            case (nil, .some): return false
            default: break
            }
            if lhs.date != rhs.date {
                guard let l = lhs.date else { return false }
                guard let r = rhs.date else { return true }
                return l < r
            }
            return (lhs.sourcePath ?? lhs.title) < (rhs.sourcePath ?? rhs.title)
        }
    }

    /// The format most files were detected as; ties go to the earlier case.
    static func dominantFormat(_ formats: [ADRFormat]) -> ADRFormat? {
        let counts = Dictionary(formats.map { ($0, 1) }, uniquingKeysWith: +)
        return ADRFormat.allCases.filter { counts[$0] != nil }.max { (counts[$0] ?? 0) < (counts[$1] ?? 0) }
    }
}
