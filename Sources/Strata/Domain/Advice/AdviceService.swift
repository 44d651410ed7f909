/// Keeps advice in the log (`advice.recorded`), next to the decisions it informed.
public struct AdviceService: Sendable {
    let repository: DomainRepository

    public init(log: SQLiteEventLog) { repository = DomainRepository(log: log) }

    /// Records `adviceJSON` (the contract's object) for `workload` (W-N or UUID, nil for a file).
    @discardableResult
    public func record(
        adviceJSON: String, workloadName: String, topTechnology: String, workload: String?, _ command: CommandContext
    ) throws -> AppendResult {
        let workloadID = try workload.map { try repository.resolver.resolve($0, as: .workload).id }
        let adviceID = EventID.make()
        let event = AdviceRecorded(
            adviceID: adviceID, workloadID: workloadID, workloadName: workloadName, topTechnology: topTechnology,
            advice: adviceJSON, by: command.actor)
        return try repository.append(subject: "advice", metadata: command.metadata, firstEventID: command.idempotencyKey) { _ in
            [StreamAppend(streamID: AdviceRecorded.streamID(adviceID), expected: .noStream, events: [event.newEvent(effectiveAt: command.effectiveAt)])]
        }
    }
}
