/// Records bounded contexts: `context.defined`, `context.described`, `context.retired`.
public struct ContextService: Sendable {
    let repository: DomainRepository

    public init(log: SQLiteEventLog) { repository = DomainRepository(log: log) }

    /// Defines a new context named `name` (unique among active contexts).
    @discardableResult
    public func define(name: String, description: String = "", _ command: CommandContext) throws -> RecordedChange {
        var subject: EntityRef?
        var appends: [StreamAppend] = []
        let result = try repository.append(subject: "the context list", metadata: command.metadata) { allocator in
            let ref = try allocator.mint(.context)
            let existing = try repository.loadAll(ContextState.self).values.map(\.state)
            let events = try ContextState.define(ref, name: name, description: description, existing: existing)
            subject = ref
            appends = [StreamAppend(streamID: ref.streamID, expected: .noStream, events: events.map { $0.newEvent(effectiveAt: command.effectiveAt) })]
            return appends
        }
        return RecordedChange(subject: subject!, result: result, appends: appends)
    }

    /// Replaces the description of context `reference` (C-2, UUID or stream id).
    @discardableResult
    public func describe(_ reference: String, description: String, _ command: CommandContext) throws -> RecordedChange {
        try change(reference, command) { state in try state.describe(description) }
    }

    /// Retires context `reference`; refused while it owns active workloads or stores.
    @discardableResult
    public func retire(_ reference: String, reason: String = "", _ command: CommandContext) throws -> RecordedChange {
        try change(reference, command) { state in
            let owned = try ArchitectureState.load(from: repository.log).activeOwned(byContext: state.ref.id)
            return try state.retire(reason: reason, activeOwned: owned)
        }
    }

    private func change(
        _ reference: String, _ command: CommandContext, decide: (ContextState) throws -> [ContextEvent]
    ) throws -> RecordedChange {
        let ref = try repository.resolver.resolve(reference, as: .context)
        var appends: [StreamAppend] = []
        let result = try repository.append(subject: ref.shortID, metadata: command.metadata) { _ in
            let loaded = try repository.load(ContextState.self, ref)
            let events = try decide(loaded.state)
            appends = [StreamAppend(streamID: ref.streamID, expected: .exact(loaded.version), events: events.map { $0.newEvent(effectiveAt: command.effectiveAt) })]
            return appends
        }
        return RecordedChange(subject: ref, result: result, appends: appends)
    }
}
