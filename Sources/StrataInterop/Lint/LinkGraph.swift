/// The records of a collection indexed by the ways links refer to them, with every
/// link resolved once so reverse-link checks are constant-time lookups.
struct LinkGraph {
    let records: [ADRRecord]
    private var positionsByTarget: [ADRLinkTarget: [Int]] = [:]
    private var linked = Set<Edge>()
    private var typed = Set<TypedEdge>()

    private struct Edge: Hashable {
        let from: Int
        let to: Int
    }

    private struct TypedEdge: Hashable {
        let edge: Edge
        let type: ADRLinkType
    }

    init(_ records: [ADRRecord]) {
        self.records = records
        for (position, record) in records.enumerated() {
            if let number = record.number { positionsByTarget[.number(number), default: []].append(position) }
            if let name = record.fileName { positionsByTarget[.file(name), default: []].append(position) }
        }
        for (from, record) in records.enumerated() {
            for link in record.links {
                for to in positions(for: link.target) {
                    linked.insert(Edge(from: from, to: to))
                    typed.insert(TypedEdge(edge: Edge(from: from, to: to), type: link.type))
                }
            }
        }
    }

    /// The records a link target names (several when numbers are duplicated).
    func positions(for target: ADRLinkTarget) -> [Int] {
        if let found = positionsByTarget[target] { return found }
        if case .file(let path) = target, let name = path.split(separator: "/").last {
            return positionsByTarget[.file(String(name))] ?? []
        }
        return []
    }

    /// Whether the record at `from` links to the record at `to`, with the given type, or
    /// with any type when `type` is `nil`.
    func hasLink(from: Int, to: Int, ofType type: ADRLinkType?) -> Bool {
        let edge = Edge(from: from, to: to)
        guard let type else { return linked.contains(edge) }
        return typed.contains(TypedEdge(edge: edge, type: type))
    }

    /// How findings name a record: `ADR-0007` or its file name or title.
    static func name(_ record: ADRRecord) -> String {
        if let number = record.number { return "ADR-" + ADRNumber.padded(number) }
        return record.fileName ?? "'\(ImportProblem.excerpt(record.title, limit: 40))'"
    }
}
