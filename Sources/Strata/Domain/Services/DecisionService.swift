/// Records decisions and their lifecycle: propose, accept (with effects), reject, supersede,
/// deprecate, amend, link.
///
/// Every method loads the streams it touches, decides with the pure rules on ``DecisionState``,
/// and appends with the versions it read: a concurrent change surfaces as
/// ``CommandRejection/conflict(subject:)`` and nothing is recorded.
public struct DecisionService: Sendable {
    let repository: DomainRepository

    public init(log: SQLiteEventLog) { repository = DomainRepository(log: log) }

    /// Proposes a decision. References in `content` may be short ids or UUIDs; its effects are
    /// checked against the current architecture now, and again when it is accepted.
    @discardableResult
    public func propose(_ content: DecisionContent, _ command: CommandContext) throws -> RecordedChange {
        try content.validateShape()
        let resolved = try content.resolved(by: repository.resolver)
        try checkSupersedable(resolved)
        return try repository.create(.decision, subject: "the decision list", command) { ref in
            let architecture = try ArchitectureState.load(from: repository.log)
            let trialRefs = resolved.effects.filter(\.isAdoption).map { _ in EntityRef(kind: .store, id: EventID.make(), number: 0) }
            _ = try EffectPlanner.plan(resolved.effects, decision: ref, architecture: architecture, storeRefs: trialRefs, effectiveAt: nil)
            return [DecisionEvent.proposed(DecisionProposed(decisionID: ref.id, number: ref.number, content: resolved, by: command.actor))]
        }
    }

    /// Rejects a proposed decision; `reason` is required.
    @discardableResult
    public func reject(_ reference: String, reason: String, _ command: CommandContext) throws -> RecordedChange {
        try change(reference, command) { loaded in try loaded.state.reject(by: command.actor, reason: reason) }
    }

    /// Deprecates an accepted decision; `reason` is required.
    @discardableResult
    public func deprecate(_ reference: String, reason: String, _ command: CommandContext) throws -> RecordedChange {
        try change(reference, command) { loaded in try loaded.state.deprecate(by: command.actor, reason: reason) }
    }

    /// Replaces a decision's content (references may be short ids); see ``DecisionState/amend(to:by:reason:)``.
    @discardableResult
    public func amend(_ reference: String, to content: DecisionContent, reason: String, _ command: CommandContext) throws -> RecordedChange {
        try content.validateShape()
        let resolved = try content.resolved(by: repository.resolver)
        return try change(reference, command) { loaded in
            if loaded.state.status == .proposed {
                let architecture = try ArchitectureState.load(from: repository.log)
                let trialRefs = resolved.effects.filter(\.isAdoption).map { _ in EntityRef(kind: .store, id: EventID.make(), number: 0) }
                _ = try EffectPlanner.plan(resolved.effects, decision: loaded.state.ref, architecture: architecture, storeRefs: trialRefs, effectiveAt: nil)
            }
            return try loaded.state.amend(to: resolved, by: command.actor, reason: reason)
        }
    }

    /// Adds a typed link (`amends`, `relates-to`, or a custom label) from `reference` to `target`.
    @discardableResult
    public func link(_ reference: String, type: String, to target: String, note: String? = nil, _ command: CommandContext) throws -> RecordedChange {
        let targetRef = try repository.resolver.resolve(target, as: .decision)
        return try change(reference, command) { loaded in
            let targetState = try repository.load(DecisionState.self, targetRef).state
            return try loaded.state.link(type, to: targetState, note: note, by: command.actor)
        }
    }

    /// Refuses a proposal that declares it supersedes a decision that is already final: it could
    /// never be accepted, since accepting it supersedes them.
    func checkSupersedable(_ content: DecisionContent) throws {
        for link in content.links where link.type == DecisionLink.supersedes {
            let target = try repository.load(DecisionState.self, repository.resolver.resolve(link.decision, as: .decision)).state
            guard target.status == .proposed || target.status == .accepted else {
                throw CommandRejection.invariant(
                    "\(target.ref.shortID) is \(target.status.rawValue), so a proposal that supersedes it could never be accepted",
                    code: .cannotSupersede, hint: .advice("link it as related instead, or supersede a decision that is proposed or accepted"))
            }
        }
    }

    /// The current state of decision `reference`.
    public func state(of reference: String) throws -> Loaded<DecisionState> {
        try repository.load(DecisionState.self, reference)
    }

    func change(
        _ reference: String, _ command: CommandContext, decide: (Loaded<DecisionState>) throws -> [DecisionEvent]
    ) throws -> RecordedChange {
        let ref = try repository.resolver.resolve(reference, as: .decision)
        return try repository.change(ref, command, decide: decide)
    }
}

extension ArchitectureEffect {
    /// Whether this effect adopts a store (and so needs a new store id on acceptance).
    public var isAdoption: Bool {
        if case .adoptStore = self { return true }
        return false
    }
}
