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
        var notes: [String] = []
        var change = try repository.create(.measurement, subject: "measurements", command) { ref in
            var retired = false
            var profile: WorkloadState?
            let observed = command.effectiveAt ?? clock()
            if subjectRef.kind == .workload {
                let workload = try repository.load(WorkloadState.self, subjectRef).state
                try EffectiveOrder.check(observed, about: workload, action: "be measured", field: .observed)
                profile = workload
                retired = workload.isRetired
            } else {
                // A store is judged at the moment observed: measured while live, even if retired since.
                let store = try repository.load(StoreState.self, subjectRef).state
                try EffectiveOrder.check(observed, about: store, action: "be measured", field: .observed)
                retired = !store.isLive(at: observed)
            }
            let events = try MeasurementState.record(
                ref, figure, subject: subjectRef, subjectIsRetired: retired, now: clock(), observedAt: command.effectiveAt)
            let bottleneck = Bottleneck.assess(metric: figure.metric, value: figure.value, ownTarget: figure.target, workload: profile?.profile)
            notes = bottleneck.map { ["bottleneck: \($0)"] } ?? []
            return events
        }
        change.notes = notes
        return change
    }

    /// Retracts measurement `reference` (M-N) with a reason; it stays in the log.
    @discardableResult
    public func retract(_ reference: String, reason: String, _ command: CommandContext) throws -> RecordedChange {
        let ref = try repository.resolver.resolve(reference, as: .measurement)
        return try repository.change(ref, command, action: "be retracted") { (loaded: Loaded<MeasurementState>) in
            try loaded.state.retract(reason: reason)
        }
    }
}
