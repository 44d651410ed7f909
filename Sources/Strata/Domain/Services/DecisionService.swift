/// Records decisions and their lifecycle: propose, accept (with effects), reject, supersede,
/// deprecate, amend, link.
///
/// Every method loads the streams it touches, decides with the pure rules on ``DecisionState``,
/// and appends with the versions it read: a concurrent change surfaces as
/// ``CommandRejection/conflict(subject:)`` and nothing is recorded.
///
/// Valid times follow the lifecycle (``EffectiveOrder``, `effective-too-early`): a decision is
/// accepted or rejected no earlier than it was proposed, superseded or deprecated no earlier
/// than it was accepted, and superseded by a successor no earlier than the successor was
/// accepted. A proposal takes effect when it says, or when it is recorded: one recorded without
/// an effective time was proposed then, and is not read as "proposed whenever it was accepted".
/// Events are immutable, so a proposal recorded today cannot be accepted as of 2021 — the valid
/// history would hold an acceptance with nothing proposed before it. Recording history after
/// the fact is a workflow of its own: give every step its date (propose effective 2021-02-15,
/// accept effective 2021-03-01), as the importers do with a record's date. The refusal names the
/// proposal's date and says so. The same holds for what a decision names: the context it is
/// about, the decisions it links to, and every context, workload, store and measurement its
/// effects touch must exist when it is proposed, and again when it is accepted.
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
            try checkReferences(resolved, of: ref, at: repository.instant(of: command))
            return [DecisionEvent.proposed(DecisionProposed(decisionID: ref.id, number: ref.number, content: resolved, by: command.actor))]
        }
    }

    /// Rejects a proposed decision, no earlier than it was proposed; `reason` is required.
    @discardableResult
    public func reject(_ reference: String, reason: String, _ command: CommandContext) throws -> RecordedChange {
        try change(reference, command, action: "be rejected") { loaded in
            try loaded.state.reject(by: command.actor, reason: reason, at: repository.instant(of: command))
        }
    }

    /// Deprecates an accepted decision, no earlier than it was accepted; `reason` is required.
    @discardableResult
    public func deprecate(_ reference: String, reason: String, _ command: CommandContext) throws -> RecordedChange {
        try change(reference, command, action: "be deprecated") { loaded in
            try loaded.state.deprecate(by: command.actor, reason: reason, at: repository.instant(of: command))
        }
    }

    /// Replaces a decision's content (references may be short ids); see ``DecisionState/amend(to:by:reason:)``.
    @discardableResult
    public func amend(_ reference: String, to content: DecisionContent, reason: String, _ command: CommandContext) throws -> RecordedChange {
        try content.validateShape()
        let resolved = try content.resolved(by: repository.resolver)
        return try change(reference, command, action: "be amended") { loaded in
            if loaded.state.status == .proposed {
                // The new content is in effect from the amendment on: what it names must exist by then.
                try checkReferences(resolved, of: loaded.state.ref, at: repository.instant(of: command))
            }
            return try loaded.state.amend(to: resolved, by: command.actor, reason: reason)
        }
    }

    /// Records `command.actor`'s review of proposal `reference`: an approval, or a request for
    /// changes with a comment; see ``DecisionState/review(_:by:comment:at:)``.
    @discardableResult
    public func review(_ reference: String, _ verdict: ReviewVerdict, comment: String, _ command: CommandContext) throws -> RecordedChange {
        try change(reference, command, action: "be reviewed") { loaded in
            try loaded.state.review(verdict, by: command.actor, comment: comment, at: repository.instant(of: command))
        }
    }

    /// Adds a typed link (`amends`, `relates-to`, or a custom label) from `reference` to `target`.
    @discardableResult
    public func link(_ reference: String, type: String, to target: String, note: String? = nil, _ command: CommandContext) throws -> RecordedChange {
        let targetRef = try repository.resolver.resolve(target, as: .decision)
        return try change(reference, command, action: "be linked") { loaded in
            let targetState = try repository.load(DecisionState.self, targetRef).state
            try EffectiveOrder.check(repository.instant(of: command), about: targetState, action: "be linked to")
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

    /// Refuses a proposal (or amended content) in effect from `instant` that names what did not exist yet:
    /// the context it is about, a decision it links to, or an entity one of its effects touches.
    /// The effects are tried against the current architecture: they must apply now, and again on acceptance.
    func checkReferences(_ content: DecisionContent, of ref: EntityRef, at instant: Timestamp) throws {
        let architecture = try ArchitectureState.load(from: repository.log)
        if let id = content.context, let context = architecture.contexts[id]?.state {
            try EffectiveOrder.check(instant, about: context, action: "be the subject of a proposal")
        }
        for link in content.links {
            let target = try repository.load(DecisionState.self, repository.resolver.resolve(link.decision, as: .decision)).state
            try EffectiveOrder.check(instant, about: target, action: "be linked from a proposal")
        }
        let trialRefs = content.effects.filter(\.isAdoption).map { _ in EntityRef(kind: .store, id: EventID.make(), number: 0) }
        _ = try EffectPlanner.plan(
            content.effects, decision: ref, architecture: architecture, storeRefs: trialRefs, effectiveAt: nil, instant: instant)
    }

    /// The current state of decision `reference`.
    public func state(of reference: String) throws -> Loaded<DecisionState> {
        try repository.load(DecisionState.self, reference)
    }

    func change(
        _ reference: String, _ command: CommandContext, action: String, decide: (Loaded<DecisionState>) throws -> [DecisionEvent]
    ) throws -> RecordedChange {
        let ref = try repository.resolver.resolve(reference, as: .decision)
        return try repository.change(ref, command, action: action, decide: decide)
    }
}

extension ArchitectureEffect {
    /// Whether this effect adopts a store (and so needs a new store id on acceptance).
    public var isAdoption: Bool {
        if case .adoptStore = self { return true }
        return false
    }
}
