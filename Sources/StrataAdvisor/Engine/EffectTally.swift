import StrataProfile

/// The ranking-relevant effects of all rules, summed per technology.
struct EffectTally {
    private(set) var points: [Technology: Int] = [:]
    private(set) var nominated: Set<Technology> = []
    private(set) var firsts: [Technology: RuleEffect.FirstPriority] = [:]
    private(set) var groupFirsts: [(technology: Technology, group: Set<Technology>)] = []
    private(set) var neverFirst: Set<Technology> = []
    private(set) var outOfTopThree: Set<Technology> = []

    init(_ effects: [TaggedEffect]) {
        for tagged in effects { add(tagged.effect) }
    }

    private mutating func add(_ effect: RuleEffect) {
        switch effect {
        case .weight(let ids, let delta, _, let nominates):
            for id in ids { points[id, default: 0] += delta }
            // Advice names schema ids only; catalogue additions are read, never listed.
            if nominates && delta > 0 { nominated.formUnion(ids.filter(\.isInSchema)) }
        case .first(let ids, let priority):
            for id in ids { firsts[id] = max(firsts[id] ?? priority, priority) }
        case .firstWithin(let id, let group):
            groupFirsts.append((id, group))
        case .neverFirst(let ids):
            neverFirst.formUnion(ids)
        case .outOfTopThree(let ids):
            outOfTopThree.formUnion(ids)
        case .note, .warning, .assumption, .scaling, .promote:
            break
        }
    }

    /// Net points of `technology` (0 when no rule touched it).
    func score(_ technology: Technology) -> Int {
        points[technology] ?? 0
    }
}
