import GRDB
import Strata
import StrataAdvisor

/// Recomputes `rm_audit_stores` and `rm_audit_findings` from the folded tables.
///
/// The audit is a pure function of the architecture, so it is rebuilt whole after each batch
/// rather than folded event by event: the same tables always give the same verdicts, however
/// the events were batched. Each bounded context is judged on its own: its first store is its
/// baseline, and "a capability the others lack" means the other stores of that context.
enum AuditBuilder {
    static func refresh(in db: Database) throws {
        let report = try compute(ReadModelReader(db))
        try db.execute(sql: "DELETE FROM rm_audit_stores")
        try db.execute(sql: "DELETE FROM rm_audit_findings")
        for store in report.stores {
            try db.execute(
                sql: "INSERT INTO rm_audit_stores (store_id, verdict, evidence, notes) VALUES (?, ?, ?, ?)",
                arguments: [store.storeID, store.verdict.rawValue, JSONCoding.text(store.evidence), JSONCoding.text(store.notes)])
        }
        for (index, finding) in report.findings.enumerated() {
            try db.execute(
                sql: "INSERT INTO rm_audit_findings (seq, code, rule, text, store_id) VALUES (?, ?, ?, ?, ?)",
                arguments: [index + 1, finding.finding.code.rawValue, finding.finding.rule, finding.finding.text, finding.storeID])
        }
    }

    struct StoreAudit {
        var storeID: String
        var verdict: AuditVerdict
        var evidence: [AuditEvidence]
        var notes: [String]
    }

    struct Report {
        var stores: [StoreAudit] = []
        var findings: [(finding: Finding, storeID: String)] = []
    }

    static func compute(_ reader: ReadModelReader, memo: AuditParseMemo = AuditParseMemo()) throws -> Report {
        let input = try AuditInput(reader, memo: memo)
        var report = Report()
        let byContext = Dictionary(grouping: input.stores, by: \.contextID)
        for contextID in byContext.keys.sorted() {
            let group = (byContext[contextID] ?? []).sorted { ($0.adoptedAt, $0.adoptedPosition) < ($1.adoptedAt, $1.adoptedPosition) }
            let reviewed = group.enumerated().map { index, store in input.reviewed(store, isFirst: index == 0) }
            let reviews = reviewed.map(\.0)
            for (index, store) in group.enumerated() {
                let review = reviews[index]
                let others = reviews.enumerated().filter { $0.offset != index }.map(\.element)
                let verdict = ArchitectureReview.verdict(for: review, among: others)
                var chain = reviewed[index].1
                for (item, evidence) in zip(chain.indices, review.justifications) where chain[item].holds {
                    guard !ArchitectureReview.supports(evidence, review, others) else { continue }
                    chain[item].holds = false
                    chain[item].why = "another store serves it too"
                }
                if verdict == .justified, !chain.contains(where: \.holds) {
                    chain.append(AuditEvidence(
                        decision: input.shortID(decision: store.adoptedBy), decidedAt: store.adoptedAt.iso8601,
                        kind: "unique-access-pattern", text: "serves an access pattern no other store of its context serves",
                        measurement: nil, workload: nil, observedAt: nil, holds: true, why: nil))
                }
                report.stores.append(StoreAudit(storeID: store.id, verdict: verdict, evidence: chain, notes: notes(store, input)))
                let findings = [ArchitectureReview.prematurePolyglot(review, among: others), ArchitectureReview.prematureSharding(review)]
                    .compactMap { $0 } + ArchitectureReview.unmeasuredJustifications(review) + ArchitectureReview.workloadWarnings(review)
                report.findings += findings.map { ($0, store.id) }
            }
        }
        return report
    }

    /// What the verdict alone does not say: a store kept after its adopting decision was
    /// superseded or deprecated without a retiring effect.
    private static func notes(_ store: StoreRow, _ input: AuditInput) -> [String] {
        guard let decision = input.decisions[store.adoptedBy], decision.status == "superseded" || decision.status == "deprecated" else {
            return []
        }
        return ["still in use although \(decision.shortID), which adopted it, was \(decision.status) without retiring it; retire the store or record why it stays"]
    }
}
