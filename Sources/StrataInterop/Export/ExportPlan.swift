/// Assigns every exported record a number and file name, and maps link targets to them.
///
/// Numbered formats need a number per record: records without one (Log4brains) get
/// the next free numbers after the highest in use, in the order given, and a number
/// already taken by an earlier record is replaced the same way, so no two files collide.
/// Links are then rewritten against the new numbers and names.
struct ExportPlan {
    struct Entry {
        var record: ADRRecord
        var number: Int
        var fileName: String
    }

    private(set) var entries: [Entry] = []
    private var byReference: [ADRLinkTarget: Int] = [:]

    /// Plans an export; `minimumNumber` is the lowest acceptable number (1 for JSON-ADR).
    init(records: [ADRRecord], minimumNumber: Int = 0, fileName: (Int, ADRRecord) -> String) {
        var used = Set<Int>()
        var next = (records.compactMap(\.number).filter { $0 >= minimumNumber }.max() ?? (minimumNumber - 1)) + 1
        for record in records {
            var number: Int
            if let own = record.number, own >= minimumNumber, !used.contains(own) {
                number = own
            } else {
                number = next
                next += 1
            }
            used.insert(number)
            let position = entries.count
            entries.append(Entry(record: record, number: number, fileName: fileName(number, record)))
            if let reference = record.reference, byReference[reference] == nil { byReference[reference] = position }
            if let name = record.fileName, byReference[.file(name)] == nil { byReference[.file(name)] = position }
        }
    }

    /// The exported record a link target names, if it is part of the export.
    func entry(for target: ADRLinkTarget) -> Entry? {
        if let position = byReference[target] { return entries[position] }
        if case .file(let path) = target, let name = path.split(separator: "/").last,
           let position = byReference[.file(String(name))] {
            return entries[position]
        }
        return nil
    }
}
