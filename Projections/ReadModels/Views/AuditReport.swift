import GRDB
import Strata
import StrataProfile
import StrataAdvisor

/// The justification audit at one moment, shaped as ADVICE-CONTRACT.md's `strata audit --json`.
public struct AuditReport: Codable, Sendable, Equatable {
    public struct Store: Codable, Sendable, Equatable {
        public var store: String
        public var name: String
        /// A catalogue id, or `other:NAME` for a technology outside the catalogue.
        public var technology: String
        public var context: String
        public var verdict: AuditVerdict
        public var evidence: [AuditEvidence]
        public var notes: [String]
        /// The latest recorded advice for each workload the store serves: what was advised
        /// beside what was decided.
        public var advised: [Advised]
    }

    public struct Advised: Codable, Sendable, Equatable {
        public var workload: String
        public var topTechnology: Technology
        public var recordedAt: String
        /// Whether the store's technology is the one the advisor put first.
        public var matches: Bool
    }

    public struct Finding: Codable, Sendable, Equatable {
        public var code: WarningCode
        public var rule: String
        public var text: String
        public var store: String?
    }

    public var asOf: String
    public var position: Int64
    public var validAt: String?
    public var stores: [Store]
    public var findings: [Finding]

    /// Whether `strata audit` fails: any store unjustified, speculative or stale.
    public var fails: Bool {
        stores.contains { $0.verdict.failsAudit }
    }

    public static func build(_ view: ReadModelView, now: Timestamp = .now()) throws -> AuditReport {
        let db = view.reader.db
        let verdicts = try Row.fetchAll(db, sql: "SELECT store_id, verdict, evidence, notes FROM rm_audit_stores").map { row in
            AuditBuilder.StoreAudit(
                storeID: row[0], verdict: try StoredValue.decode(row[1], as: AuditVerdict.self, column: "rm_audit_stores.verdict"),
                evidence: JSONCoding.decode([AuditEvidence].self, row[2]) ?? [], notes: JSONCoding.decode([String].self, row[3]) ?? [])
        }
        let findings = try Row.fetchAll(db, sql: "SELECT code, rule, text, store_id FROM rm_audit_findings ORDER BY seq").map { row in
            (code: try StoredValue.decode(row[0], as: WarningCode.self, column: "rm_audit_findings.code"), rule: row[1] as String,
             text: row[2] as String, storeID: row[3] as String?)
        }
        return try assemble(view, verdicts, findings, now: now)
    }

    /// The audit of `computed`, the verdicts ``AuditBuilder`` has just worked out from the tables
    /// of `view`, without writing them to the audit tables and reading them back: what a sweep
    /// over valid time asks for at each change.
    static func build(_ view: ReadModelView, computed: AuditBuilder.Report, now: Timestamp) throws -> AuditReport {
        let findings = computed.findings.map { (code: $0.finding.code, rule: $0.finding.rule, text: $0.finding.text, storeID: Optional($0.storeID)) }
        return try assemble(view, computed.stores, findings, now: now)
    }

    private static func assemble(
        _ view: ReadModelView, _ audited: [AuditBuilder.StoreAudit],
        _ found: [(code: WarningCode, rule: String, text: String, storeID: String?)], now: Timestamp
    ) throws -> AuditReport {
        let db = view.reader.db
        let stores = Dictionary(uniqueKeysWithValues: try view.reader.stores().map { ($0.id, $0) })
        let contexts = Dictionary(uniqueKeysWithValues: try view.reader.contexts().map { ($0.id, $0.shortID) })
        let serving = try view.reader.serving()
        let workloads = Dictionary(uniqueKeysWithValues: try view.reader.workloads().map { ($0.id, $0.shortID) })
        let latestAdvice = try Row.fetchAll(db, sql: "SELECT workload_id, top_technology, recorded_at FROM rm_advice WHERE workload_id IS NOT NULL ORDER BY position")
            .reduce(into: [String: (String, Int64)]()) { $0[$1[0] as String] = ($1[1], $1[2]) }
        let verdicts = try audited.compactMap { audit -> Store? in
            guard let store = stores[audit.storeID] else { return nil }
            let technology = try StoredValue.technology(store.technology, category: store.category, column: "rm_stores.technology")
            let advised = (serving[store.id] ?? []).compactMap { id -> Advised? in
                guard let (top, at) = latestAdvice[id], let top = Technology(rawValue: top) else { return nil }
                return Advised(workload: workloads[id] ?? id, topTechnology: top, recordedAt: Timestamp(microseconds: at).iso8601,
                               matches: technology == .catalogue(top))
            }
            return Store(
                store: store.shortID, name: store.name, technology: technology.id, context: contexts[store.contextID] ?? store.contextID,
                verdict: audit.verdict, evidence: audit.evidence, notes: audit.notes, advised: advised)
        }.sorted { ($0.store.count, $0.store) < ($1.store.count, $1.store) }
        let findings = found.map { finding in
            Finding(code: finding.code, rule: finding.rule, text: finding.text, store: finding.storeID.map { stores[$0]?.shortID ?? $0 })
        }
        let asOf = view.moment.asOf.map(MomentText.describe) ?? now.iso8601
        return AuditReport(asOf: asOf, position: view.position, validAt: view.moment.validAt?.iso8601, stores: verdicts, findings: findings)
    }
}
