/// A bounded context as its stream tells it.
public struct ContextState: AggregateState, Equatable {
    public static let kind = EntityKind.context

    public var ref: EntityRef
    public var name: String
    public var description: String
    public var isRetired: Bool
    /// When the context was defined (valid time): nothing can be in it earlier.
    public var definedAt: Timestamp
    /// What a proposal about this context needs before it can be accepted; nil when nothing.
    public var reviewPolicy: ReviewPolicy?

    public var since: Timestamp { definedAt }

    public static func event(from recorded: RecordedEvent) throws -> ContextEvent? { try ContextEvent(recorded) }

    public static func evolve(_ state: ContextState?, _ event: ContextEvent, at recorded: RecordedEvent) -> ContextState? {
        switch event {
        case .defined(let e):
            return ContextState(
                ref: EntityRef(kind: .context, id: e.contextID, number: e.number), name: e.name,
                description: e.description, isRetired: false, definedAt: recorded.effectiveAt)
        case .described(let e):
            var next = state
            next?.description = e.description
            return next
        case .retired:
            var next = state
            next?.isRetired = true
            return next
        case .reviewPolicySet(let e):
            var next = state
            next?.reviewPolicy = e.policy.isEmpty ? nil : e.policy
            return next
        }
    }

    // MARK: Decide

    /// Defines a context; `existing` are the contexts already defined (names are unique among active ones).
    public static func define(
        _ ref: EntityRef, name: String, description: String, existing: [ContextState]
    ) throws(CommandRejection) -> [ContextEvent] {
        let name = name.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !name.isEmpty else { throw .invalidInput("a context needs a name", field: .name) }
        if let clash = existing.first(where: { !$0.isRetired && $0.name.lowercased() == name.lowercased() }) {
            throw .invariant(
                "a context named '\(name)' exists already (\(clash.ref))", code: .nameTaken,
                hint: .advice("choose another name or describe \(clash.ref)"))
        }
        return [.defined(ContextDefined(contextID: ref.id, number: ref.number, name: name, description: description))]
    }

    /// Replaces the description.
    public func describe(_ text: String) throws(CommandRejection) -> [ContextEvent] {
        guard !isRetired else { throw .retired(subject: ref.shortID, action: "described") }
        guard text != description else { throw .invariant("\(ref) already has that description; nothing to record", code: .nothingToRecord) }
        return [.described(ContextDescribed(contextID: ref.id, description: text))]
    }

    /// Sets the review rule its proposals must meet before acceptance; an empty policy lifts it.
    public func setReviewPolicy(_ policy: ReviewPolicy, by actor: String, reason: String) throws(CommandRejection) -> [ContextEvent] {
        guard !isRetired else { throw .retired(subject: ref.shortID, action: "given a review policy") }
        try policy.validate()
        let cleaned = ReviewPolicy(
            approvals: policy.approvals, deciders: policy.deciders.map { $0.trimmingCharacters(in: .whitespaces) })
        guard (cleaned.isEmpty ? nil : cleaned) != reviewPolicy else {
            throw .invariant("\(ref) already asks for \(cleaned.summary); nothing to record", code: .nothingToRecord)
        }
        return [.reviewPolicySet(ContextReviewPolicySet(
            contextID: ref.id, policy: cleaned, by: actor, reason: reason.trimmingCharacters(in: .whitespacesAndNewlines)))]
    }

    /// Retires the context; refused while active workloads or stores still belong to it.
    public func retire(reason: String, activeOwned: [EntityRef]) throws(CommandRejection) -> [ContextEvent] {
        guard !isRetired else { throw .invariant("\(ref) is already retired; nothing to record", code: .nothingToRecord) }
        if !activeOwned.isEmpty {
            let list = activeOwned.map(\.shortID).joined(separator: ", ")
            throw .invariant("\(ref) still owns \(list)", code: .stillInUse, hint: .advice("retire or move them first, then retire \(ref)"))
        }
        return [.retired(ContextRetired(contextID: ref.id, reason: reason.trimmingCharacters(in: .whitespacesAndNewlines)))]
    }
}
