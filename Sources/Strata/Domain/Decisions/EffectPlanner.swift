import StrataProfile

/// Checks a decision's effects against the architecture, in order, and turns them into facts.
///
/// Pure: the architecture is a snapshot, new store refs are minted by the caller (one per
/// `adoptStore`, in order). Effects see the ones before them, so one decision can adopt a store,
/// move workloads onto it and retire the old one. Every entity an effect names must exist at
/// `instant`, when the effects take effect (``EffectiveOrder``).
public struct EffectPlanner: Sendable {
    public var architecture: ArchitectureState
    public let decision: EntityRef
    /// The valid time the facts are stamped with; nil stamps them when recorded.
    public let effectiveAt: Timestamp?
    /// When the effects take effect: `effectiveAt`, or the time they will be recorded.
    public let instant: Timestamp
    private var items: [(stream: String, expected: ExpectedVersion, event: NewEvent)] = []
    private var newStores: [String: String] = [:]
    private var adopted: [EntityRef] = []

    public init(architecture: ArchitectureState, decision: EntityRef, effectiveAt: Timestamp?, instant: Timestamp) {
        self.architecture = architecture
        self.decision = decision
        self.effectiveAt = effectiveAt
        self.instant = instant
    }

    /// Plans `effects` (references already resolved to UUIDs) taking effect at `instant`.
    /// `storeRefs` holds one fresh ref per adoption.
    public static func plan(
        _ effects: [ArchitectureEffect], decision: EntityRef, architecture: ArchitectureState,
        storeRefs: [EntityRef], effectiveAt: Timestamp?, instant: Timestamp
    ) throws(CommandRejection) -> EffectPlan {
        var planner = EffectPlanner(architecture: architecture, decision: decision, effectiveAt: effectiveAt, instant: instant)
        var refs = storeRefs[...]
        for effect in effects {
            switch effect {
            case let .adoptStore(technology, name, context, role, workloads, justifications):
                guard let ref = refs.popFirst() else { preconditionFailure("one store ref per adoption") }
                try planner.adopt(ref, technology, name, context, role, workloads ?? [], justifications ?? [])
            case .retireStore(let store): try planner.retire(store)
            case let .changeTopology(store, change): try planner.change(store, change)
            case let .moveWorkload(workload, from, to): try planner.move(workload, from, to)
            }
        }
        return EffectPlan(appends: .grouped(planner.items), adopted: planner.adopted)
    }

    private mutating func adopt(
        _ ref: EntityRef, _ technology: StoreTechnology, _ name: String, _ contextID: String, _ role: StoreRole,
        _ workloadIDs: [String], _ justifications: [Justification]
    ) throws(CommandRejection) {
        guard let context = architecture.contexts[contextID]?.state else { throw .notFound(.context, contextID) }
        guard !context.isRetired else { throw .retired(subject: context.ref.shortID, action: "given a new store") }
        try EffectiveOrder.check(instant, about: context, action: "be given store '\(name)'")
        let clash = architecture.stores.values.first { !$0.state.isRetired && $0.state.name.lowercased() == name.lowercased() }
        if let clash { throw .invariant("a store named '\(name)' is already in use (\(clash.state.ref))", code: .nameTaken, hint: .advice("choose another name")) }
        for id in workloadIDs { try checkOwned(activeWorkload(id), by: context, storeName: name) }
        // Evidence is not held to `instant`: a figure observed after the adoption took effect is
        // graded speculative by the audit, not refused.
        try JustificationCheck(architecture: architecture).check(justifications, for: name)
        let event = StoreAdopted(
            storeID: ref.id, number: ref.number, decisionID: decision.id, technology: technology, name: name,
            contextID: contextID, role: role, workloadIDs: workloadIDs, justifications: justifications)
        add(ref.streamID, .noStream, event)
        architecture.stores[ref.id] = Loaded(
            state: StoreState(ref: ref, adopted: event, topology: StoreTopologyState(), isRetired: false,
                              adoptedAt: instant, retiredAt: nil), version: 1)
        for id in workloadIDs { architecture.serving[id, default: []].insert(ref.id) }
        newStores[name.lowercased()] = ref.id
        adopted.append(ref)
    }

    private mutating func retire(_ reference: String) throws(CommandRejection) {
        let store = try activeStore(reference, action: "retired")
        let served = architecture.activeWorkloads(servedBy: store.ref.id)
        if !served.isEmpty {
            let list = served.map(\.shortID).joined(separator: ", ")
            throw .invariant(
                "\(store.ref) '\(store.name)' still serves \(list)", code: .stillInUse,
                hint: .advice("move them to another store in the same decision, then retire it"))
        }
        add(store.ref.streamID, expected(store: store.ref.id), StoreRetired(storeID: store.ref.id, decisionID: decision.id))
        architecture.stores[store.ref.id]?.state.isRetired = true
    }

    private mutating func change(_ reference: String, _ change: TopologyChange) throws(CommandRejection) {
        try change.validate()
        let store = try activeStore(reference, action: "re-scaled")
        let event = StoreTopologyChanged(storeID: store.ref.id, decisionID: decision.id, change: change)
        add(store.ref.streamID, expected(store: store.ref.id), event)
        architecture.stores[store.ref.id]?.state.topology = store.topology.applying(change)
    }

    private mutating func move(_ workloadID: String, _ fromRef: String, _ toRef: String) throws(CommandRejection) {
        let workload = try activeWorkload(workloadID)
        let from = try store(fromRef)
        try EffectiveOrder.check(instant, about: from, action: "have workloads moved off it")
        let to = try activeStore(toRef, action: "given workloads")
        guard from.ref != to.ref else { throw .invariant("moving \(workload.ref) from \(from.ref) to itself changes nothing", code: .invalidEffect, hint: .advice("name two stores")) }
        guard architecture.serving[workload.ref.id]?.contains(from.ref.id) == true else {
            throw .invariant(
                "\(from.ref) '\(from.name)' does not serve \(workload.ref)", code: .invalidEffect,
                hint: .advice("move it from a store that serves it"))
        }
        guard let context = architecture.contexts[to.adopted.contextID]?.state else { throw .notFound(.context, to.adopted.contextID) }
        try checkOwned(workload, by: context, storeName: to.name)
        let event = WorkloadMoved(workloadID: workload.ref.id, fromStoreID: from.ref.id, toStoreID: to.ref.id, decisionID: decision.id)
        let version = architecture.workloads[workload.ref.id]?.version ?? 0
        add(workload.ref.streamID, .exact(version), event)
        architecture.serving[workload.ref.id]?.remove(from.ref.id)
        architecture.serving[workload.ref.id, default: []].insert(to.ref.id)
    }

    // MARK: Lookups

    private func store(_ reference: String) throws(CommandRejection) -> StoreState {
        var id = reference
        if reference.hasPrefix(ArchitectureEffect.newStorePrefix) {
            let name = String(reference.dropFirst(ArchitectureEffect.newStorePrefix.count)).lowercased()
            guard let adoptedID = newStores[name] else {
                throw .invalidInput(
                    "'\(reference)' names no store adopted earlier in this decision", field: .move,
                    hint: .advice("adopt it before moving workloads onto it"))
            }
            id = adoptedID
        }
        guard let store = architecture.stores[id]?.state else { throw .notFound(.store, reference) }
        return store
    }

    private func activeStore(_ reference: String, action: String) throws(CommandRejection) -> StoreState {
        let store = try store(reference)
        guard !store.isRetired else { throw .retired(subject: store.ref.shortID, action: action) }
        try EffectiveOrder.check(instant, about: store, action: "be \(action)")
        return store
    }

    private func activeWorkload(_ id: String) throws(CommandRejection) -> WorkloadState {
        guard let workload = architecture.workloads[id]?.state else { throw .notFound(.workload, id) }
        guard !workload.isRetired else { throw .retired(subject: workload.ref.shortID, action: "served by a store") }
        try EffectiveOrder.check(instant, about: workload, action: "be served by a store")
        return workload
    }

    /// A context owns its data: a store serves only workloads of its own context.
    private func checkOwned(_ workload: WorkloadState, by context: ContextState, storeName: String) throws(CommandRejection) {
        guard workload.contextID != context.ref.id else { return }
        let owner = architecture.contexts[workload.contextID]?.state.ref.shortID ?? workload.contextID
        throw .invariant(
            "\(workload.ref) belongs to \(owner), but store '\(storeName)' is in \(context.ref); a context owns its data", code: .invalidEffect,
            hint: .advice("use a store of \(owner)"))
    }

    private func expected(store id: String) -> ExpectedVersion {
        newStores.values.contains(id) ? .noStream : .exact(architecture.stores[id]?.version ?? 0)
    }

    private mutating func add(_ stream: String, _ expected: ExpectedVersion, _ event: some DomainEvent) {
        items.append((stream, expected, event.newEvent(effectiveAt: effectiveAt)))
    }
}
