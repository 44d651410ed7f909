extension ImportPlanner {
    /// The events of one new record's stream: `decision.proposed`, then what its status implies,
    /// all valid at the record's date, so each follows the one before (``EffectiveOrder``); a
    /// supersession is valid from its successor's date when that is no earlier. A record with
    /// no date takes effect when imported, supersession included: a successor's earlier date
    /// would put it before its own proposal.
    func events(
        for item: Item, ref: EntityRef, links: ImportLinks, refs: [String: EntityRef], dates: [String: Timestamp],
        notes: inout [ImportNote]
    ) -> [NewEvent] {
        let decision = item.decision
        let date = decision.date
        var content = decision.content
        content.links = links.links(of: item.uuid)
        if content.extras?.isEmpty == true { content.extras = nil }
        if let chosen = content.chosenOption, !content.options.isEmpty,
           !content.options.contains(where: { $0.name.lowercased() == chosen.lowercased() }) {
            notes.append(ImportNote(path: item.name, message: "chosen option '\(chosen)' is not among its options; kept as written"))
        }
        func event(_ role: String, _ payload: some DomainEvent, at effective: Timestamp? = date) -> NewEvent {
            var new = payload.newEvent(effectiveAt: effective)
            new.eventID = ImportID.uuid("event", item.identity, role)
            return new
        }
        let deciders = content.deciders.isEmpty ? actor : content.deciders.joined(separator: ", ")
        let origin = "imported from \(item.name)"
        var events = [event("proposed", DecisionProposed(
            decisionID: ref.id, number: ref.number, content: content, by: actor, source: decision.source))]
        switch decision.status {
        case .proposed: break
        case .accepted:
            events.append(event("accepted", DecisionAccepted(decisionID: ref.id, by: deciders, reason: origin)))
        case .rejected:
            events.append(event("rejected", DecisionRejected(decisionID: ref.id, by: deciders, reason: "rejected; \(origin)")))
        case .deprecated:
            events.append(event("accepted", DecisionAccepted(decisionID: ref.id, by: deciders, reason: origin)))
            events.append(event("deprecated", DecisionDeprecated(decisionID: ref.id, by: deciders, reason: "deprecated; \(origin)")))
        case .superseded:
            let successors = links.successors(of: item.uuid)
            if successors.isEmpty {
                notes.append(ImportNote(path: item.name, message: "status is superseded, but no imported record names its successor; recorded as superseded by none"))
            }
            let names = successors.compactMap { refs[$0]?.shortID }.joined(separator: ", ")
            let successorDate = successors.compactMap { dates[$0] }.filter { successor in date.map { successor >= $0 } ?? false }.min()
            events.append(event("accepted", DecisionAccepted(decisionID: ref.id, by: deciders, reason: origin)))
            events.append(event("superseded", DecisionSuperseded(
                decisionID: ref.id, supersededBy: successors, by: deciders,
                reason: successors.isEmpty ? "superseded; \(origin)" : "superseded by \(names); \(origin)"),
                at: successorDate ?? date))
        }
        return events
    }
}
