/// An import's typed links, turned so each is owned by the record it points from.
///
/// Records write links in both directions ("Supercedes 1" in record 2, "Superceded by 2" in
/// record 1). Strata stores forward links only (`supersedes`, `amends`, `relates-to`, custom
/// labels as written); a reverse link becomes the forward link of its target, once. Each
/// record's own links come first, in source order.
struct ImportLinks {
    private var owned: [String: [DecisionLink]] = [:]
    private let order: [String]

    init(items: [ImportPlanner.Item], notes: inout [ImportNote]) {
        order = items.map(\.uuid)
        var byKey: [String: String] = [:]
        for item in items where byKey[item.decision.key] == nil { byKey[item.decision.key] = item.uuid }
        for reverse in [false, true] {
            for item in items {
                for link in item.decision.links where (link.forwardType != nil) == reverse {
                    guard let target = byKey[link.target] else {
                        notes.append(ImportNote(path: item.name, message: "its \(link.type) link to '\(link.target)' names no imported record; left out"))
                        continue
                    }
                    guard target != item.uuid else {
                        notes.append(ImportNote(path: item.name, message: "its \(link.type) link points to itself; left out"))
                        continue
                    }
                    guard DecisionLink.isValidType(link.type) else {
                        notes.append(ImportNote(path: item.name, message: "link type '\(link.type)' is not a kebab-case label; left out"))
                        continue
                    }
                    let (owner, type, to) = link.forwardType.map { (target, $0, item.uuid) } ?? (item.uuid, link.type, target)
                    if owned[owner, default: []].contains(where: { $0.type == type && $0.decision == to }) { continue }
                    owned[owner, default: []].append(DecisionLink(type: type, decision: to))
                }
            }
        }
    }

    /// The forward links `uuid` owns, targets as UUIDs.
    func links(of uuid: String) -> [DecisionLink] { owned[uuid] ?? [] }

    /// The records that supersede `uuid`, in source order.
    func successors(of uuid: String) -> [String] {
        order.filter { owner in owned[owner]?.contains { $0.type == DecisionLink.supersedes && $0.decision == uuid } == true }
    }
}
