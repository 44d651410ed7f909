/// The registry of every domain event type and its current schema version.
public enum DomainEvents {
    /// Every domain payload type, in no particular order.
    public static let all: [any DomainEvent.Type] = [
        ShortIDAllocated.self,
        ContextDefined.self, ContextDescribed.self, ContextRetired.self, ContextReviewPolicySet.self,
        WorkloadAdded.self, WorkloadRevised.self, WorkloadRetired.self, WorkloadMoved.self,
        MeasurementRecorded.self, MeasurementRetracted.self,
        DecisionProposed.self, DecisionAccepted.self, DecisionRejected.self, DecisionSuperseded.self,
        DecisionDeprecated.self, DecisionAmended.self, DecisionLinked.self, DecisionUnlinked.self, DecisionReviewed.self,
        StoreAdopted.self, StoreRetired.self, StoreTopologyChanged.self,
        AdviceRecorded.self,
    ]

    /// The chain every domain read decodes through; each type is registered at its current version.
    ///
    /// All types are at v1: no upcasters yet. A v2 adds its `Upcaster` from v1 here.
    public static let upcasters: UpcasterChain = {
        var chain = UpcasterChain()
        for type in all { chain.register(type.eventType, currentVersion: type.schemaVersion) }
        return chain
    }()

    /// Whether `eventType` is one of the domain's types.
    public static func isDomainEvent(_ eventType: String) -> Bool {
        types.contains(eventType)
    }

    private static let types = Set(all.map { $0.eventType })

    /// Stream categories the domain owns: raw events there would bypass its invariants.
    public static let categories: Set<String> = Set(EntityKind.allCases.map(\.streamCategory) + ["shortid", "advice"])
}
