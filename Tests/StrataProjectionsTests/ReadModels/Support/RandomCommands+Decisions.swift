import Strata

extension RandomCommands {
    mutating func propose(_ log: SQLiteEventLog) throws {
        var effects: [ArchitectureEffect] = []
        var adopted: [(name: String, context: String)] = []
        for _ in 0..<(random.chance(0.7) ? 1 : Int.random(in: 2...3, using: &random)) {
            guard let effect = randomEffect(adopted: adopted) else { continue }
            if case let .adoptStore(_, name, context, _, _, _) = effect { adopted.append((name, context)) }
            effects.append(effect)
        }
        var links: [DecisionLink] = []
        if let target = random.pick(decisions), random.chance(0.2) {
            links.append(DecisionLink(type: random.pick(["relates-to", "amends"]) ?? "relates-to", decision: target))
        }
        if let target = random.pick(decisions.filter { status[$0] == .accepted }), random.chance(0.15) {
            links.append(DecisionLink(type: DecisionLink.supersedes, decision: target))
        }
        let content = DecisionContent(
            title: "decision \(decisions.count + 1)", rationale: "because", tags: random.subset(["storage", "perf", "search"]),
            links: links, effects: effects, context: random.chance(0.5) ? random.pick(contexts) : nil)
        let change = try DecisionService(log: log).propose(content, command(effective()))
        decisions.append(change.subject.shortID)
        status[change.subject.shortID] = .proposed
    }

    mutating func accept(_ log: SQLiteEventLog) throws {
        // Mostly the newest proposal, as teams accept what they just discussed.
        let newest = random.chance(0.6) ? decisions.last { status[$0] == .proposed } : nil
        guard let decision = newest ?? pick(.proposed, orAnyWith: 0.1) else { return }
        let change = try DecisionService(log: log).accept(decision, reason: "agreed", command(effective()))
        status[decision] = .accepted
        stores += change.created.map(\.shortID)
        // The decisions it declared it supersedes were superseded by the same append.
        let state = try DecisionService(log: log).state(of: decision).state
        for link in state.links where link.type == DecisionLink.supersedes {
            if let target = try? DecisionService(log: log).state(of: link.decision).state {
                status[target.ref.shortID] = target.status
            }
        }
    }

    mutating func changeDecision(_ log: SQLiteEventLog) throws {
        let service = DecisionService(log: log)
        switch Int.random(in: 0..<5, using: &random) {
        case 0:
            guard let decision = pick(.proposed, orAnyWith: 0.1) else { return }
            try service.reject(decision, reason: "not now", command(effective()))
            status[decision] = .rejected
        case 1:
            guard let old = pick(.accepted, orAnyWith: 0.1), let new = pick(.accepted, orAnyWith: 0.1) else { return }
            try service.supersede(old, by: [new], reason: "replaced", command(effective()))
            status[old] = .superseded
        case 2:
            guard let decision = pick(.accepted, orAnyWith: 0.1) else { return }
            try service.deprecate(decision, reason: "outdated", command(effective()))
            status[decision] = .deprecated
        case 3:
            guard let decision = random.pick(decisions) else { return }
            var content = try service.state(of: decision).state.content
            content.tags.append("amended")
            content.consequences.good.append("clearer")
            if status[decision] == .proposed { content.title += " (revised)" }
            try service.amend(decision, to: content, reason: "clarified", command())
        default:
            guard let from = random.pick(decisions), let to = random.pick(decisions) else { return }
            try service.link(from, type: random.pick(["relates-to", "amends", "depends-on"]) ?? "relates-to", to: to, command())
        }
    }

    /// A decision in `wanted` status, or now and then any decision (which the domain may refuse).
    private mutating func pick(_ wanted: DecisionStatus, orAnyWith chance: Double) -> String? {
        let candidates = decisions.filter { status[$0] == wanted }
        if candidates.isEmpty || random.chance(chance) { return random.pick(decisions) }
        return random.pick(candidates)
    }
}
