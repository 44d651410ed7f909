/// Any domain event, decoded once by its stored type: the one enum every fold switches over.
///
/// Adding an event type means adding a case to its aggregate's enum (or here), and then every
/// `switch` that folds facts stops compiling until it says what the new fact does.
public enum DomainFact: Sendable, Equatable {
    case shortID(ShortIDAllocated)
    case context(ContextEvent)
    case workload(WorkloadEvent)
    case measurement(MeasurementEvent)
    case decision(DecisionEvent)
    case store(StoreEvent)
    case advice(AdviceRecorded)

    /// The fact `recorded` holds, or nil for an event outside the domain (a raw append).
    public init?(_ recorded: RecordedEvent) throws {
        switch Self.aggregates[recorded.eventType] {
        case .shortID?: guard let e = try ShortIDAllocated.decode(recorded) else { return nil }; self = .shortID(e)
        case .context?: guard let e = try ContextEvent(recorded) else { return nil }; self = .context(e)
        case .workload?: guard let e = try WorkloadEvent(recorded) else { return nil }; self = .workload(e)
        case .measurement?: guard let e = try MeasurementEvent(recorded) else { return nil }; self = .measurement(e)
        case .decision?: guard let e = try DecisionEvent(recorded) else { return nil }; self = .decision(e)
        case .store?: guard let e = try StoreEvent(recorded) else { return nil }; self = .store(e)
        case .advice?: guard let e = try AdviceRecorded.decode(recorded) else { return nil }; self = .advice(e)
        case nil: return nil
        }
    }

    /// Every stored type a fact decodes from: must be all of ``DomainEvents/all``, or a fold
    /// silently skips the missing type.
    public static var eventTypes: Set<String> { Set(aggregates.keys) }

    private enum Aggregate { case shortID, context, workload, measurement, decision, store, advice }

    /// Which enum each stored type decodes into: one dictionary lookup instead of a chain of tries.
    private static let aggregates: [String: Aggregate] = {
        var map: [String: Aggregate] = [ShortIDAllocated.eventType: .shortID, AdviceRecorded.eventType: .advice]
        for type in [ContextDefined.eventType, ContextDescribed.eventType, ContextRetired.eventType, ContextReviewPolicySet.eventType] { map[type] = .context }
        for type in [WorkloadAdded.eventType, WorkloadRevised.eventType, WorkloadRetired.eventType, WorkloadMoved.eventType] {
            map[type] = .workload
        }
        for type in [MeasurementRecorded.eventType, MeasurementRetracted.eventType] { map[type] = .measurement }
        for type in [DecisionProposed.eventType, DecisionAccepted.eventType, DecisionRejected.eventType, DecisionSuperseded.eventType,
                     DecisionDeprecated.eventType, DecisionAmended.eventType, DecisionLinked.eventType, DecisionUnlinked.eventType,
                     DecisionReviewed.eventType] {
            map[type] = .decision
        }
        for type in [StoreAdopted.eventType, StoreRetired.eventType, StoreTopologyChanged.eventType] { map[type] = .store }
        return map
    }()
}
