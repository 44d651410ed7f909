import StrataProfile

/// The JSON of an effect, as Swift's synthesised coding always wrote it (`{"adoptStore":
/// {"technology": …, "name": …}}`), plus an optional `category` beside an adoption's
/// technology for `other:NAME`. Written by hand only so that the technology and its category
/// read as one value; a catalogue adoption encodes exactly as before and old payloads decode
/// unchanged.
extension ArchitectureEffect {
    private enum Case: String, CodingKey { case adoptStore, retireStore, changeTopology, moveWorkload }
    private enum Adopt: String, CodingKey { case technology, category, name, context, role, workloads, justifications }
    private enum Retire: String, CodingKey { case store }
    private enum Topology: String, CodingKey { case store, change }
    private enum Move: String, CodingKey { case workload, from, to }

    public init(from decoder: any Decoder) throws {
        let outer = try decoder.container(keyedBy: Case.self)
        guard outer.allKeys.count == 1, let key = outer.allKeys.first else {
            throw DecodingError.dataCorrupted(.init(
                codingPath: outer.codingPath,
                debugDescription: "an effect is one of adoptStore, retireStore, changeTopology or moveWorkload"))
        }
        switch key {
        case .adoptStore:
            let c = try outer.nestedContainer(keyedBy: Adopt.self, forKey: key)
            self = .adoptStore(
                technology: try c.decodeStoreTechnology(technology: .technology, category: .category),
                name: try c.decode(String.self, forKey: .name), context: try c.decode(String.self, forKey: .context),
                role: try c.decode(StoreRole.self, forKey: .role), workloads: try c.decodeIfPresent([String].self, forKey: .workloads),
                justifications: try c.decodeIfPresent([Justification].self, forKey: .justifications))
        case .retireStore:
            let c = try outer.nestedContainer(keyedBy: Retire.self, forKey: key)
            self = .retireStore(store: try c.decode(String.self, forKey: .store))
        case .changeTopology:
            let c = try outer.nestedContainer(keyedBy: Topology.self, forKey: key)
            self = .changeTopology(store: try c.decode(String.self, forKey: .store), change: try c.decode(TopologyChange.self, forKey: .change))
        case .moveWorkload:
            let c = try outer.nestedContainer(keyedBy: Move.self, forKey: key)
            self = .moveWorkload(
                workload: try c.decode(String.self, forKey: .workload), from: try c.decode(String.self, forKey: .from),
                to: try c.decode(String.self, forKey: .to))
        }
    }

    public func encode(to encoder: any Encoder) throws {
        var outer = encoder.container(keyedBy: Case.self)
        switch self {
        case let .adoptStore(technology, name, context, role, workloads, justifications):
            var c = outer.nestedContainer(keyedBy: Adopt.self, forKey: .adoptStore)
            try c.encode(technology, technology: .technology, category: .category)
            try c.encode(name, forKey: .name)
            try c.encode(context, forKey: .context)
            try c.encode(role, forKey: .role)
            try c.encodeIfPresent(workloads, forKey: .workloads)
            try c.encodeIfPresent(justifications, forKey: .justifications)
        case .retireStore(let store):
            var c = outer.nestedContainer(keyedBy: Retire.self, forKey: .retireStore)
            try c.encode(store, forKey: .store)
        case let .changeTopology(store, change):
            var c = outer.nestedContainer(keyedBy: Topology.self, forKey: .changeTopology)
            try c.encode(store, forKey: .store)
            try c.encode(change, forKey: .change)
        case let .moveWorkload(workload, from, to):
            var c = outer.nestedContainer(keyedBy: Move.self, forKey: .moveWorkload)
            try c.encode(workload, forKey: .workload)
            try c.encode(from, forKey: .from)
            try c.encode(to, forKey: .to)
        }
    }
}
