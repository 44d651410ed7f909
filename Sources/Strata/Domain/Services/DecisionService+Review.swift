extension DecisionService {
    /// A proposal and where it stands against its context's review policy.
    public struct ProposalStanding: Sendable, Equatable {
        public var decision: DecisionState
        /// The context's name, when the decision is about one.
        public var contextName: String?
        public var standing: QuorumStanding
    }

    /// Where proposal `reference` stands: its standing reviews and what its quorum still needs.
    public func standing(of reference: String) throws -> ProposalStanding {
        let decision = try state(of: reference).state
        let context = try decision.content.context.map { try repository.load(ContextState.self, EntityRef(kind: .context, id: $0, number: 0)).state }
        return ProposalStanding(decision: decision, contextName: context?.name, standing: decision.quorum(under: context?.reviewPolicy))
    }

    /// Every proposal, with its standing, in short-id order: one read of the decisions and one of
    /// the contexts, so a review queue costs two scans however many proposals wait.
    public func proposals() throws -> [ProposalStanding] {
        let contexts = try repository.loadAll(ContextState.self)
        return try repository.loadAll(DecisionState.self).values.map(\.state)
            .filter { $0.status == .proposed }
            .sorted { $0.ref.number < $1.ref.number }
            .map { decision in
                let context = decision.content.context.flatMap { contexts[$0]?.state }
                return ProposalStanding(decision: decision, contextName: context?.name, standing: decision.quorum(under: context?.reviewPolicy))
            }
    }
}
