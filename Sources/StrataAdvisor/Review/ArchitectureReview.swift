import StrataProfile

/// Checks a whole architecture against the guide: whether each extra store
/// is justified, whether justifications cite measurements, whether stores
/// are used past their limits and whether sharding came too early.
///
/// Pure functions over ``ReviewedStore`` values, so the event-sourced read
/// models (or a test) can feed them directly. `strata audit` maps
/// ``verdict(for:among:)`` to its verdicts and ``review(_:)`` to its findings.
public enum ArchitectureReview {
    /// Every finding for every store, in store order.
    public static func review(_ stores: [ReviewedStore]) -> [Finding] {
        stores.flatMap { store in
            let others = stores.filter { $0 != store }
            return [prematurePolyglot(store, among: others), prematureSharding(store)].compactMap { $0 }
                + unmeasuredJustifications(store) + workloadWarnings(store)
        }
    }

    /// The audit verdict for `store` next to `others`.
    public static func verdict(for store: ReviewedStore, among others: [ReviewedStore]) -> AuditVerdict {
        if store.isFirst { return .baseline }
        let current = store.justifications.filter { !$0.withdrawn }
        if current.contains(where: { supports($0, store, others) }) || servesUniquePattern(store, others) {
            return .justified
        }
        if store.justifications.contains(where: { $0.withdrawn && supports($0, store, others) }) {
            return .stale
        }
        return store.justifications.isEmpty ? .unjustified : .speculative
    }

    /// `premature-polyglot` when a store other than the first has no measured
    /// need and no capability the others lack (ADD-02 at audit scope).
    public static func prematurePolyglot(_ store: ReviewedStore, among others: [ReviewedStore]) -> Finding? {
        let verdict = verdict(for: store, among: others)
        guard verdict.failsAudit else { return nil }
        return Finding(
            code: .prematurePolyglot, rule: "ADD-02",
            text: "\(store.name) (\(store.technology.displayName)) was added although nothing measured called for it and it offers no capability the other stores lack (verdict: \(verdict.rawValue)); record the measurement or capability, or retire the store.",
            store: store.name)
    }

    /// `unmeasured-justification` for each justification asserting a
    /// bottleneck or a gain without pointing to a measurement (AVOID-03).
    public static func unmeasuredJustifications(_ store: ReviewedStore) -> [Finding] {
        store.justifications.filter { $0.claimsPerformance && !isMeasurement($0.basis) }.map { evidence in
            Finding(
                code: .unmeasuredJustification, rule: "AVOID-03",
                text: "\(store.name): \"\(evidence.text)\" asserts a bottleneck or a gain without pointing to any measurement; record the measured value and its target.",
                store: store.name)
        }
    }

    /// Whether evidence backs the store: a breached measurement observed no
    /// later than the decision, or a capability or need the others lack.
    public static func supports(_ evidence: JustificationEvidence, _ store: ReviewedStore, _ others: [ReviewedStore]) -> Bool {
        let otherTechnologies = Set(others.map(\.technology))
        switch evidence.basis {
        case .measurement(let bottleneck):
            guard bottleneck.isBreached else { return false }
            guard let decided = store.decidedAt else { return true }
            return bottleneck.observedAt <= decided
        case .capability(let pattern):
            return PatternCoverage.patternsServed(by: store.technology).contains(pattern)
                && !otherTechnologies.contains { PatternCoverage.patternsServed(by: $0).contains(pattern) }
        case .need(let need):
            return PatternCoverage.offers(need, store.technology)
                && !otherTechnologies.contains { PatternCoverage.offers(need, $0) }
        case .statement:
            return false
        }
    }

    /// Whether a workload the store serves has a pattern only this store covers.
    static func servesUniquePattern(_ store: ReviewedStore, _ others: [ReviewedStore]) -> Bool {
        let mine = PatternCoverage.patternsServed(by: store.technology)
        let theirs = others.reduce(into: Set<AccessPattern>()) { $0.formUnion(PatternCoverage.patternsServed(by: $1.technology)) }
        let needed = Set(store.workloads.flatMap(\.accessPatterns))
        return !needed.intersection(mine).subtracting(theirs).isEmpty
    }

    private static func isMeasurement(_ basis: JustificationEvidence.Basis) -> Bool {
        if case .measurement = basis { return true }
        return false
    }
}
