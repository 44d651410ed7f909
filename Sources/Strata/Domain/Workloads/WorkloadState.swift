import StrataProfile

/// A workload as its stream tells it: the current profile, every earlier one, and its stores.
public struct WorkloadState: AggregateState, Equatable {
    public static let kind = EntityKind.workload

    public var ref: EntityRef
    public var contextID: String
    /// The latest profile.
    public var profile: WorkloadProfile
    /// Every profile in order; the last is ``profile``. Revision N is `revisions[N-1]`.
    public var revisions: [WorkloadProfile]
    public var isRetired: Bool
    /// When the workload was added (valid time): nothing can serve or measure it earlier.
    public var addedAt: Timestamp

    public var since: Timestamp { addedAt }

    public static func event(from recorded: RecordedEvent) throws -> WorkloadEvent? { try WorkloadEvent(recorded) }

    public static func evolve(_ state: WorkloadState?, _ event: WorkloadEvent, at recorded: RecordedEvent) -> WorkloadState? {
        switch event {
        case .added(let e):
            return WorkloadState(
                ref: EntityRef(kind: .workload, id: e.workloadID, number: e.number), contextID: e.contextID,
                profile: e.profile, revisions: [e.profile], isRetired: false, addedAt: recorded.effectiveAt)
        case .revised(let e):
            var next = state
            next?.profile = e.profile
            next?.revisions.append(e.profile)
            return next
        case .retired:
            var next = state
            next?.isRetired = true
            return next
        case .moved:
            return state
        }
    }

    // MARK: Decide

    /// Adds a workload to `context` at `instant`, no earlier than the context was defined;
    /// `siblings` are the context's workloads (names unique among active ones).
    public static func add(
        _ ref: EntityRef, profile: WorkloadProfile, context: ContextState, siblings: [WorkloadState], at instant: Timestamp
    ) throws(CommandRejection) -> [WorkloadEvent] {
        guard !context.isRetired else { throw .retired(subject: context.ref.shortID, action: "given new workloads") }
        try EffectiveOrder.check(instant, about: context, action: "be given workload '\(profile.name)'")
        try checkContextField(profile, context: context)
        try checkUniqueName(profile.name, in: context, siblings: siblings, except: nil)
        return [.added(WorkloadAdded(workloadID: ref.id, number: ref.number, contextID: context.ref.id, profile: profile))]
    }

    /// Records a new revision of the profile.
    public func revise(
        _ profile: WorkloadProfile, reason: String, context: ContextState, siblings: [WorkloadState]
    ) throws(CommandRejection) -> [WorkloadEvent] {
        guard !isRetired else { throw .retired(subject: ref.shortID, action: "revised") }
        guard profile != self.profile else {
            throw .invariant("the profile given for \(ref) is identical to its current revision; nothing to record", code: .nothingToRecord)
        }
        try Self.checkContextField(profile, context: context)
        try Self.checkUniqueName(profile.name, in: context, siblings: siblings, except: ref)
        return [.revised(WorkloadRevised(workloadID: ref.id, revision: revisions.count + 1, profile: profile, reason: reason))]
    }

    /// Retires the workload.
    public func retire(reason: String) throws(CommandRejection) -> [WorkloadEvent] {
        guard !isRetired else { throw .invariant("\(ref) is already retired; nothing to record", code: .nothingToRecord) }
        return [.retired(WorkloadRetired(workloadID: ref.id, reason: reason))]
    }

    private static func checkContextField(_ profile: WorkloadProfile, context: ContextState) throws(CommandRejection) {
        guard let named = profile.context, named.lowercased() != context.name.lowercased() else { return }
        throw .invalidInput(
            "profile field 'context' is '\(named)', but the workload belongs to \(context.ref) '\(context.name)'",
            field: .context, hint: .advice("set \"context\": \"\(context.name)\" in the profile or name the matching context"))
    }

    private static func checkUniqueName(
        _ name: String, in context: ContextState, siblings: [WorkloadState], except: EntityRef?
    ) throws(CommandRejection) {
        let clash = siblings.first {
            !$0.isRetired && $0.ref != except && $0.contextID == context.ref.id && $0.profile.name.lowercased() == name.lowercased()
        }
        if let clash {
            throw .invariant(
                "context \(context.ref) already has a workload named '\(name)' (\(clash.ref))", code: .nameTaken,
                hint: .advice("revise \(clash.ref) or choose another name"))
        }
    }
}
