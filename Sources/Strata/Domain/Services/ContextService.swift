/// Records bounded contexts: `context.defined`, `context.described`, `context.retired`.
public struct ContextService: Sendable {
    let repository: DomainRepository

    public init(log: SQLiteEventLog) { repository = DomainRepository(log: log) }

    /// Defines a new context named `name` (unique among active contexts).
    @discardableResult
    public func define(name: String, description: String = "", _ command: CommandContext) throws -> RecordedChange {
        try repository.create(.context, subject: "the context list", command) { ref in
            let existing = try repository.loadAll(ContextState.self).values.map(\.state)
            return try ContextState.define(ref, name: name, description: description, existing: existing)
        }
    }

    /// Replaces the description of context `reference` (C-2, UUID or stream id).
    @discardableResult
    public func describe(_ reference: String, description: String, _ command: CommandContext) throws -> RecordedChange {
        try change(reference, command, action: "be described") { state in try state.describe(description) }
    }

    /// Sets the review policy proposals about context `reference` must meet before acceptance.
    @discardableResult
    public func setReviewPolicy(_ reference: String, _ policy: ReviewPolicy, reason: String = "", _ command: CommandContext) throws -> RecordedChange {
        try change(reference, command, action: "be given a review policy") { state in
            try state.setReviewPolicy(policy, by: command.actor, reason: reason)
        }
    }

    /// Retires context `reference`; refused while it owns active workloads or stores.
    @discardableResult
    public func retire(_ reference: String, reason: String = "", _ command: CommandContext) throws -> RecordedChange {
        try change(reference, command, action: "be retired") { state in
            let owned = try ArchitectureState.load(from: repository.log).activeOwned(byContext: state.ref.id)
            return try state.retire(reason: reason, activeOwned: owned)
        }
    }

    private func change(
        _ reference: String, _ command: CommandContext, action: String, decide: (ContextState) throws -> [ContextEvent]
    ) throws -> RecordedChange {
        let ref = try repository.resolver.resolve(reference, as: .context)
        return try repository.change(ref, command, action: action) { (loaded: Loaded<ContextState>) in try decide(loaded.state) }
    }
}
