import Strata

extension RandomCommands {
    static let storeNames = ["main-db", "cache", "search", "docs", "graph", "vectors", "stream", "metrics"]

    /// One random effect; adoptions earlier in the same decision can be moved onto as `new:<name>`.
    mutating func randomEffect(adopted: [(name: String, context: String)]) -> ArchitectureEffect? {
        switch Int.random(in: 0..<12, using: &random) {
        case ..<7: return randomAdoption()
        case ..<9:
            guard let store = random.pick(stores) else { return randomAdoption() }
            return .changeTopology(store: store, change: randomTopologyChange())
        case ..<11:
            guard let workload = random.pick(workloads), let from = random.pick(stores) else { return nil }
            let targets = stores + adopted.filter { $0.context == workload.context }.map { ArchitectureEffect.newStorePrefix + $0.name }
            guard let to = random.pick(targets) else { return nil }
            return .moveWorkload(workload: workload.ref, from: from, to: to)
        default:
            return random.pick(stores).map { .retireStore(store: $0) }
        }
    }

    private mutating func randomAdoption() -> ArchitectureEffect? {
        guard let context = random.pick(contexts), let name = random.pick(Self.storeNames) else { return nil }
        let ofContext = workloads.filter { $0.context == context }.map(\.ref)
        let served = random.subset(ofContext).prefix(2)
        let technologies = [
            "postgresql", "postgresql", "mysql", "sqlite", "mongodb", "redis", "elasticsearch", "neo4j", "pgvector", "kafka",
        ]
        return .adopt(
            random.pick(technologies) ?? "postgresql", name: name, context: context,
            role: random.pick(StoreRole.allCases) ?? .primary, workloads: Array(served), because: randomJustifications())
    }

    private mutating func randomJustifications() -> [Justification]? {
        guard random.chance(0.8) else { return nil }
        var out: [Justification] = []
        for _ in 0..<Int.random(in: 0...2, using: &random) {
            switch Int.random(in: 0..<4, using: &random) {
            case 0: if let m = random.pick(measurements) { out.append(.measuredBottleneck(measurements: [m])) }
            case 1:
                if let w = random.pick(workloads) {
                    out.append(.accessPattern(workloads: [w.ref], note: random.chance(0.3) ? "latency is too high" : nil))
                }
            case 2:
                if let w = random.pick(workloads), let capability = random.pick(Capability.allCases) {
                    out.append(.capability(capability: capability, workloads: [w.ref]))
                }
            default: out.append(.freeText(text: random.pick(["the team knows it", "postgres is too slow", "cheaper"]) ?? "cheaper"))
            }
        }
        return out
    }

    private mutating func randomTopologyChange() -> TopologyChange {
        switch Int.random(in: 0..<4, using: &random) {
        case 0: .readReplicas(count: Int.random(in: 0...3, using: &random))
        case 1: .cacheInFront(technology: random.chance(0.5) ? .redis : nil)
        case 2: .cqrsReadModel(name: "view-\(Int.random(in: 1...3, using: &random))")
        default: .sharding(strategy: random.pick(ShardStrategy.allCases) ?? .hash, shardKey: "tenant_id")
        }
    }
}
