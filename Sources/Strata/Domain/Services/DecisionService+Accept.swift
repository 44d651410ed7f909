extension DecisionService {
    /// Accepts a proposed decision and, in the same atomic append, records its effects as facts
    /// (`store.adopted`, `store.retired`, `store.topology-changed`, `workload.moved`) and supersedes
    /// the decisions it declares it supersedes, all at `command.effectiveAt`: no earlier than the
    /// proposal, than anything its effects touch, or than the acceptance of what it supersedes.
    @discardableResult
    public func accept(_ reference: String, reason: String = "", _ command: CommandContext) throws -> RecordedChange {
        let ref = try repository.resolver.resolve(reference, as: .decision)
        var appends: [StreamAppend] = []
        var adopted: [EntityRef] = []
        let result = try repository.append(subject: ref.shortID, metadata: command.metadata, firstEventID: command.idempotencyKey) { allocator in
            let loaded = try repository.load(DecisionState.self, ref)
            try DomainRepository.check(command, ref, isAt: loaded.version)
            let instant = repository.instant(of: command)
            try checkQuorum(of: loaded.state)
            let events = try loaded.state.accept(by: command.actor, reason: reason, at: instant)
            let architecture = try ArchitectureState.load(from: repository.log)
            let effects = loaded.state.content.effects
            let storeRefs = try effects.filter(\.isAdoption).map { _ in try allocator.mint(.store) }
            let plan = try EffectPlanner.plan(
                effects, decision: ref, architecture: architecture, storeRefs: storeRefs, effectiveAt: command.effectiveAt, instant: instant)
            let supersessions = try declaredSupersessions(of: loaded.state, reason: reason, at: instant, command)
            adopted = plan.adopted
            appends = [StreamAppend(streamID: ref.streamID, expected: .exact(loaded.version), events: events.map { $0.newEvent(effectiveAt: command.effectiveAt) })]
                + plan.appends + supersessions
            return appends
        }
        return RecordedChange(subject: ref, created: adopted, result: result, appends: appends)
    }

    /// Refuses to accept a proposal whose context's review policy it does not meet yet.
    private func checkQuorum(of decision: DecisionState) throws {
        guard decision.status == .proposed, let context = decision.content.context,
              let policy = try repository.load(ContextState.self, EntityRef(kind: .context, id: context, number: 0)).state.reviewPolicy
        else { return }
        let standing = decision.quorum(under: policy)
        if let missing = standing.missing {
            throw CommandRejection.invariant(
                "\(decision.ref) does not meet its context's review policy yet: \(missing)", code: .quorumNotMet,
                hint: .advice("have a decider review it (approve, or ask for changes), then accept it"))
        }
    }

    /// Supersedes accepted decision `reference` by accepted `successors`, no earlier than any of
    /// them was accepted; `reason` is required.
    ///
    /// Appends `decision.superseded` to the old decision and a `supersedes` link to each
    /// successor, guarded by every stream's version.
    @discardableResult
    public func supersede(_ reference: String, by successors: [String], reason: String, _ command: CommandContext) throws -> RecordedChange {
        let ref = try repository.resolver.resolve(reference, as: .decision)
        let successorRefs = try successors.map { try repository.resolver.resolve($0, as: .decision) }
        var appends: [StreamAppend] = []
        let subject = ([ref] + successorRefs).map(\.shortID).joined(separator: " or ")
        let result = try repository.append(subject: subject, metadata: command.metadata, firstEventID: command.idempotencyKey) { _ in
            let old = try repository.load(DecisionState.self, ref)
            try DomainRepository.check(command, ref, isAt: old.version)
            let new = try successorRefs.map { try repository.load(DecisionState.self, $0) }
            let all = try repository.loadAll(DecisionState.self)
            let (oldEvents, links) = try old.state.supersede(
                by: new.map(\.state), actor: command.actor, reason: reason, at: repository.instant(of: command),
                successorsOf: { all[$0]?.state.supersededBy ?? [] }, shortID: { all[$0]?.state.ref.shortID ?? $0 })
            appends = [StreamAppend(streamID: ref.streamID, expected: .exact(old.version), events: oldEvents.map { $0.newEvent(effectiveAt: command.effectiveAt) })]
            for (successor, event) in links {
                let version = new.first { $0.state.ref == successor }?.version ?? 0
                appends.append(StreamAppend(streamID: successor.streamID, expected: .exact(version), events: [event.newEvent(effectiveAt: command.effectiveAt)]))
            }
            return appends
        }
        return RecordedChange(subject: ref, result: result, appends: appends)
    }

    /// `decision.superseded` for every decision `decision` declares it supersedes, as if it were accepted.
    private func declaredSupersessions(
        of decision: DecisionState, reason: String, at instant: Timestamp, _ command: CommandContext
    ) throws -> [StreamAppend] {
        let targets = decision.links.filter { $0.type == DecisionLink.supersedes }.map(\.decision)
        guard !targets.isEmpty else { return [] }
        let all = try repository.loadAll(DecisionState.self)
        var accepted = decision
        accepted.status = .accepted
        return try targets.map { id in
            guard let target = all[id] else { throw CommandRejection.notFound(.decision, id) }
            let why = reason.isEmpty ? "superseded by \(decision.ref) on its acceptance" : reason
            let (events, _) = try target.state.supersede(
                by: [accepted], actor: command.actor, reason: why, at: instant,
                successorsOf: { all[$0]?.state.supersededBy ?? [] }, shortID: { all[$0]?.state.ref.shortID ?? $0 })
            return StreamAppend(streamID: target.state.ref.streamID, expected: .exact(target.version), events: events.map { $0.newEvent(effectiveAt: command.effectiveAt) })
        }
    }
}
