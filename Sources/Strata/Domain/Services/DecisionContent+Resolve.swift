extension DecisionContent {
    /// The content with every reference (`ADR-7`, `W-3`, `S-4`, `M-12`, `C-2`, UUIDs) replaced by
    /// the entity's UUID; `new:<name>` store references are kept as they are.
    ///
    /// - Throws: ``CommandRejection/notFound(_:_:)`` for the first reference nothing answers to.
    func resolved(by resolver: EntityResolver) throws -> DecisionContent {
        var out = self
        out.context = try context.map { try resolver.resolve($0, as: .context).id }
        out.links = try links.map { link in
            var copy = link
            copy.decision = try resolver.resolve(link.decision, as: .decision).id
            return copy
        }
        out.effects = try effects.map { try $0.resolved(by: resolver) }
        return out
    }
}

extension ArchitectureEffect {
    func resolved(by resolver: EntityResolver) throws -> ArchitectureEffect {
        func store(_ text: String) throws -> String {
            text.hasPrefix(Self.newStorePrefix) ? text : try resolver.resolve(text, as: .store).id
        }
        func workloads(_ list: [String]) throws -> [String] { try list.map { try resolver.resolve($0, as: .workload).id } }
        switch self {
        case let .adoptStore(technology, name, context, role, list, justifications):
            return .adoptStore(
                technology: technology, name: name, context: try resolver.resolve(context, as: .context).id, role: role,
                workloads: try list.map(workloads), justifications: try justifications?.map { try $0.resolved(by: resolver) })
        case .retireStore(let reference):
            return .retireStore(store: try store(reference))
        case let .changeTopology(reference, change):
            return .changeTopology(store: try store(reference), change: change)
        case let .moveWorkload(workload, from, to):
            return .moveWorkload(workload: try resolver.resolve(workload, as: .workload).id, from: try store(from), to: try store(to))
        }
    }
}

extension Justification {
    func resolved(by resolver: EntityResolver) throws -> Justification {
        func workloads(_ list: [String]) throws -> [String] { try list.map { try resolver.resolve($0, as: .workload).id } }
        switch self {
        case .measuredBottleneck(let ids):
            return .measuredBottleneck(measurements: try ids.map { try resolver.resolve($0, as: .measurement).id })
        case let .accessPattern(list, note): return .accessPattern(workloads: try workloads(list), note: note)
        case let .capability(capability, list): return .capability(capability: capability, workloads: try workloads(list))
        case .freeText: return self
        }
    }
}
