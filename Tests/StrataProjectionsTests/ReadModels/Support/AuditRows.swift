import Foundation
import GRDB
import StrataProjections

/// A store's line of the audit, as `rm_audit_stores` holds it.
struct StoreAudit: Equatable {
    var verdict: String
    var evidence: [AuditEvidence]
    var notes: [String]
}

/// A finding of the audit with the short id of its store.
struct AuditFinding: Equatable {
    var code: String
    var rule: String
    var store: String?
}

extension ReadModelReader {
    /// The audit of the store with short id `shortID` (`S-3`), if the audit judged it.
    func audit(of shortID: String) throws -> StoreAudit? {
        let sql = """
            SELECT a.verdict, a.evidence, a.notes FROM rm_audit_stores a JOIN rm_stores s ON s.store_id = a.store_id
            WHERE s.short_id = ?
            """
        guard let row = try Row.fetchOne(db, sql: sql, arguments: [shortID]) else { return nil }
        let decoder = JSONDecoder()
        return StoreAudit(
            verdict: row[0],
            evidence: try decoder.decode([AuditEvidence].self, from: Data((row[1] as String).utf8)),
            notes: try decoder.decode([String].self, from: Data((row[2] as String).utf8)))
    }

    /// Every finding, in the audit's order.
    func findings() throws -> [AuditFinding] {
        let sql = """
            SELECT f.code, f.rule, s.short_id FROM rm_audit_findings f LEFT JOIN rm_stores s ON s.store_id = f.store_id
            ORDER BY f.seq
            """
        return try Row.fetchAll(db, sql: sql).map { AuditFinding(code: $0[0], rule: $0[1], store: $0[2]) }
    }
}

extension ReadModelStore {
    /// The audit of store `shortID` at `moment`.
    func audit(_ shortID: String, at moment: Moment = .now) throws -> StoreAudit? {
        try readSide.query(moment) { try $0.reader.audit(of: shortID) }
    }

    /// The verdict on store `shortID` at `moment`.
    func verdict(_ shortID: String, at moment: Moment = .now) throws -> String? {
        try audit(shortID, at: moment)?.verdict
    }

    /// The codes of the findings about store `shortID` at `moment`.
    func findingCodes(_ shortID: String, at moment: Moment = .now) throws -> [String] {
        try readSide.query(moment) { try $0.reader.findings() }.filter { $0.store == shortID }.map(\.code)
    }
}
