import StrataProfile

/// The small verbs the demo story is written in, each one service call at a valid time.
struct DemoSteps {
    let log: SQLiteEventLog
    let clock: DemoClock

    /// The command context for a step on `date`, with the log's clock moved to that day.
    private func at(_ date: String, _ actor: String = "Ana Lima") -> CommandContext {
        guard let instant = Timestamp(parsing: date + "T10:00:00Z") else { preconditionFailure("demo date \(date) must parse") }
        clock.set(instant)
        return CommandContext(actor: actor, effectiveAt: instant)
    }

    func context(_ name: String, _ description: String, on date: String) throws {
        try ContextService(log: log).define(name: name, description: description, at(date))
    }

    func workload(_ json: String, in context: String, on date: String) throws {
        try WorkloadService(log: log).add(WorkloadProfile.parse(json), context: context, at(date))
    }

    func measure(_ subject: String, _ metric: Metric, _ value: Double, target: Double?, on date: String, note: String) throws {
        let figure = MeasurementState.Figure(metric: metric, value: value, source: .production, target: target, note: note)
        try MeasurementService(log: log).record(figure, about: subject, at(date, "monitoring"))
    }

    func decide(_ content: DecisionContent, proposed: String, accepted: String, by actor: String) throws {
        let decisions = DecisionService(log: log)
        let change = try decisions.propose(content, at(proposed, actor))
        try decisions.accept(change.subject.shortID, reason: "agreed in architecture review", at(accepted, actor))
    }

    func reject(_ content: DecisionContent, proposed: String, rejected: String, by actor: String, reason: String) throws {
        let decisions = DecisionService(log: log)
        let change = try decisions.propose(content, at(proposed, "Sam Okafor"))
        try decisions.reject(change.subject.shortID, reason: reason, at(rejected, actor))
    }
}
