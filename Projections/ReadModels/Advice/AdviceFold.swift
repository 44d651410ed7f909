import GRDB
import Strata

/// Folds recorded advice into `rm_advice`, so the audit can set it beside the decisions.
struct AdviceFold {
    static func apply(_ e: AdviceRecorded, _ event: RecordedEvent, in db: Database) throws {
        try db.executeCached(
            sql: """
                INSERT OR REPLACE INTO rm_advice (advice_id, workload_id, workload_name, top_technology, advice, actor, recorded_at, position)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                """,
            arguments: [e.adviceID, e.workloadID, e.workloadName, e.topTechnology, e.advice, e.by, event.recordedAt.microseconds, event.position])
    }
}
