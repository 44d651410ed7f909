/// Records measurements (`measurement.recorded`) and their retractions (`measurement.retracted`).
public struct MeasurementService: Sendable {
    let repository: DomainRepository
    let clock: @Sendable () -> Timestamp

    public init(log: SQLiteEventLog, clock: @escaping @Sendable () -> Timestamp = Timestamp.now) {
        repository = DomainRepository(log: log)
        self.clock = clock
    }

    /// Records `figure` about `subject` (a workload W-N or a store S-N), observed at `command.effectiveAt`.
    ///
    /// The result's notes say when the figure misses its own target or the workload's.
    @discardableResult
    public func record(_ figure: MeasurementState.Figure, about subject: String, _ command: CommandContext) throws -> RecordedChange {
        let subjectRef = try repository.resolver.resolve(subject, asOneOf: [.workload, .store])
        var created: EntityRef?
        var appends: [StreamAppend] = []
        var notes: [String] = []
        let result = try repository.append(subject: "measurements", metadata: command.metadata) { allocator in
            let ref = try allocator.mint(.measurement)
            var retired = false
            var profile: WorkloadState?
            if subjectRef.kind == .workload {
                profile = try repository.load(WorkloadState.self, subjectRef).state
                retired = profile?.isRetired ?? false
            } else {
                retired = try repository.load(StoreState.self, subjectRef).state.isRetired
            }
            let events = try MeasurementState.record(
                ref, figure, subject: subjectRef, subjectIsRetired: retired, now: clock(), observedAt: command.effectiveAt)
            let bottleneck = Bottleneck.assess(metric: figure.metric, value: figure.value, ownTarget: figure.target, workload: profile?.profile)
            notes = bottleneck.map { ["bottleneck: \($0)"] } ?? []
            created = ref
            appends = [StreamAppend(streamID: ref.streamID, expected: .noStream, events: events.map { $0.newEvent(effectiveAt: command.effectiveAt) })]
            return appends
        }
        return RecordedChange(subject: created!, result: result, appends: appends, notes: notes)
    }

    /// Retracts measurement `reference` (M-N) with a reason; it stays in the log.
    @discardableResult
    public func retract(_ reference: String, reason: String, _ command: CommandContext) throws -> RecordedChange {
        let ref = try repository.resolver.resolve(reference, as: .measurement)
        var appends: [StreamAppend] = []
        let result = try repository.append(subject: ref.shortID, metadata: command.metadata) { _ in
            let loaded = try repository.load(MeasurementState.self, ref)
            let events = try loaded.state.retract(reason: reason)
            appends = [StreamAppend(streamID: ref.streamID, expected: .exact(loaded.version), events: events.map { $0.newEvent(effectiveAt: command.effectiveAt) })]
            return appends
        }
        return RecordedChange(subject: ref, result: result, appends: appends)
    }
}
