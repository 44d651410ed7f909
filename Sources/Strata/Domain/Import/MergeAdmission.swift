/// The domain's rules applied to a merged event, as if the command that wrote it ran here.
///
/// Two stores that parted can each have moved the same entity: Alice accepted ADR-12 in one,
/// Bob rejected it in the other. A union of events would keep both; the merge instead asks the
/// same decide functions the commands use whether the incoming fact could follow what this
/// store holds, so a refusal here is the refusal Bob would have met had he worked on this store.
struct MergeAdmission {
    /// The events of a stream as the merge sees it: what is stored, then what it admitted.
    let events: (String) throws -> [RecordedEvent]
    /// Every context as the merge sees it, for the rule that active names are unique.
    let contexts: () throws -> [ContextState]

    /// Throws the rejection the event's command would meet here; returns for any other event.
    func check(_ recorded: RecordedEvent) throws {
        guard let kind = EntityKind(rawValue: recorded.category) else { return }
        switch kind {
        case .decision: try checkDecision(recorded)
        case .context: try checkContext(recorded)
        case .workload: try checkWorkload(recorded)
        case .measurement: try checkMeasurement(recorded)
        case .store: try checkStore(recorded)
        }
    }

    private func state<State: AggregateState>(_ type: State.Type, stream: String) throws -> State? {
        try State.fold(events(stream))?.state
    }

    private func state<State: AggregateState>(_ type: State.Type, id: String) throws -> State? {
        try state(type, stream: EntityRef.streamID(kind: State.kind, id: id))
    }

    /// The entity the event changes, which must exist, and the rule that nothing about an
    /// entity takes effect before it did.
    private func existing<State: AggregateState>(_ type: State.Type, _ recorded: RecordedEvent, action: String) throws -> State {
        guard let current = try state(type, stream: recorded.streamID) else {
            throw CommandRejection.notFound(State.kind, String(recorded.streamID.dropFirst(State.kind.streamCategory.count + 1)))
        }
        try EffectiveOrder.check(recorded.effectiveAt, about: current, action: action)
        return current
    }

    private func requireNew(_ recorded: RecordedEvent, _ kind: EntityKind) throws {
        guard try events(recorded.streamID).isEmpty else {
            throw CommandRejection.invariant("\(recorded.streamID) exists here already; a second creation event cannot follow", code: .nothingToRecord)
        }
    }

    private func checkDecision(_ recorded: RecordedEvent) throws {
        guard let event = try DecisionEvent(recorded) else { return }
        let at = recorded.effectiveAt
        switch event {
        case .proposed: try requireNew(recorded, .decision)
        case .accepted(let e): _ = try existing(DecisionState.self, recorded, action: "be accepted").accept(by: e.by, reason: e.reason, at: at)
        case .rejected(let e): _ = try existing(DecisionState.self, recorded, action: "be rejected").reject(by: e.by, reason: e.reason, at: at)
        case .deprecated(let e):
            _ = try existing(DecisionState.self, recorded, action: "be deprecated").deprecate(by: e.by, reason: e.reason, at: at)
        case .superseded(let e):
            let old = try existing(DecisionState.self, recorded, action: "be superseded")
            let successors = try e.supersededBy.map { id in
                guard let successor = try state(DecisionState.self, id: id) else { throw CommandRejection.notFound(.decision, id) }
                return successor
            }
            let successorsOf = { (id: String) in (try? state(DecisionState.self, id: id))?.supersededBy ?? [] }
            _ = try old.supersede(by: successors, actor: e.by, reason: e.reason, at: at, successorsOf: successorsOf)
        case .amended(let e): _ = try existing(DecisionState.self, recorded, action: "be amended").amend(to: e.content, by: e.by, reason: e.reason)
        case .linked(let e):
            let decision = try existing(DecisionState.self, recorded, action: "be linked")
            guard let target = try state(DecisionState.self, id: e.link.decision) else {
                throw CommandRejection.notFound(.decision, e.link.decision)
            }
            // A supersedes link is half of a supersession, whose other half is checked above.
            guard e.link.type != DecisionLink.supersedes else { return }
            _ = try decision.link(e.link.type, to: target, note: e.link.note, by: e.by)
        case .unlinked(let e): _ = try existing(DecisionState.self, recorded, action: "be unlinked").unlink(e.link, by: e.by, reason: e.reason)
        case .reviewed(let e):
            _ = try existing(DecisionState.self, recorded, action: "be reviewed").review(e.verdict, by: e.by, comment: e.comment, at: at)
        }
    }

    private func checkContext(_ recorded: RecordedEvent) throws {
        guard let event = try ContextEvent(recorded) else { return }
        switch event {
        case .defined(let e):
            try requireNew(recorded, .context)
            let ref = EntityRef(kind: .context, id: e.contextID, number: e.number)
            _ = try ContextState.define(ref, name: e.name, description: e.description, existing: contexts())
        case .described(let e): _ = try existing(ContextState.self, recorded, action: "be described").describe(e.description)
        case .retired(let e): _ = try existing(ContextState.self, recorded, action: "be retired").retire(reason: e.reason, activeOwned: [])
        case .reviewPolicySet(let e):
            _ = try existing(ContextState.self, recorded, action: "be given a review policy").setReviewPolicy(e.policy, by: e.by, reason: e.reason)
        }
    }

    private func checkWorkload(_ recorded: RecordedEvent) throws {
        guard let event = try WorkloadEvent(recorded) else { return }
        switch event {
        case .added(let e):
            try requireNew(recorded, .workload)
            guard let context = try state(ContextState.self, id: e.contextID) else { throw CommandRejection.notFound(.context, e.contextID) }
            guard !context.isRetired else { throw CommandRejection.retired(subject: context.ref.shortID, action: "given new workloads") }
            try EffectiveOrder.check(recorded.effectiveAt, about: context, action: "be given workload '\(e.profile.name)'")
        case .revised:
            let workload = try existing(WorkloadState.self, recorded, action: "be revised")
            guard !workload.isRetired else { throw CommandRejection.retired(subject: workload.ref.shortID, action: "revised") }
        case .retired(let e): _ = try existing(WorkloadState.self, recorded, action: "be retired").retire(reason: e.reason)
        case .moved:
            let workload = try existing(WorkloadState.self, recorded, action: "be moved")
            guard !workload.isRetired else { throw CommandRejection.retired(subject: workload.ref.shortID, action: "moved") }
        }
    }

    private func checkMeasurement(_ recorded: RecordedEvent) throws {
        guard let event = try MeasurementEvent(recorded) else { return }
        switch event {
        case .recorded: try requireNew(recorded, .measurement)
        case .retracted(let e): _ = try existing(MeasurementState.self, recorded, action: "be retracted").retract(reason: e.reason)
        }
    }

    private func checkStore(_ recorded: RecordedEvent) throws {
        guard let event = try StoreEvent(recorded) else { return }
        switch event {
        case .adopted: try requireNew(recorded, .store)
        case .retired:
            let store = try existing(StoreState.self, recorded, action: "be retired")
            guard !store.isRetired else {
                throw CommandRejection.invariant("\(store.ref) is already retired; nothing to record", code: .nothingToRecord)
            }
        case .topologyChanged:
            let store = try existing(StoreState.self, recorded, action: "change its topology")
            guard !store.isRetired else { throw CommandRejection.retired(subject: store.ref.shortID, action: "rescaled") }
        }
    }
}
