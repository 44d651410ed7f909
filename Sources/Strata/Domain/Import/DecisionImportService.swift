import Foundation
import GRDB

/// Imports decision records from other tools as decision events, atomically and idempotently.
///
/// Every new record becomes `decision.proposed` plus the lifecycle events its status implies
/// (accepted; rejected; accepted then superseded or deprecated), valid at the record's own date
/// and recorded now. A record is named by its source (collection and file, or number and
/// title), not its text: one an earlier import holds is synced instead (``ImportSync``), its
/// changes recorded as events on the same decision, and an unchanged one adds nothing. All
/// streams, and the short-id allocations, go into the log in one append: an import is never
/// half done.
///
/// Numbering (``ImportNumbering``): every new record keeps its source number, `0` and gaps
/// included (numbers the source skipped stay unused). Only a record that cannot have its number
/// (a second record with the same number, or a number a decision from elsewhere holds) gets the
/// next one after the highest, with a note naming both; it keeps its source number in
/// ``DecisionSource/number``.
public struct DecisionImportService: Sendable {
    let repository: DomainRepository

    public init(log: SQLiteEventLog) { repository = DomainRepository(log: log) }

    /// Records `decisions` (or, with `dryRun`, only plans them) and reports what happened.
    ///
    /// - Throws: ``CommandRejection/conflict(subject:)`` when another writer created the same
    ///   decisions meanwhile, or an ``EventLogError`` from the store; nothing is recorded then.
    @discardableResult
    public func importDecisions(
        _ decisions: [ImportedDecision], _ command: CommandContext, dryRun: Bool = false, wholeCollection: Bool = true
    ) throws -> DecisionImportReport {
        var plan = try makePlan(decisions, actor: command.actor, wholeCollection: wholeCollection)
        if dryRun || plan.appends.isEmpty {
            plan.report.dryRun = dryRun
            return plan.report
        }
        // A concurrent import of the same records may win the race: its events carry the same
        // derived ids, so this append is refused as a conflict. Plan again from what is stored;
        // what the winner recorded is then present, and only what is left (often nothing) is appended.
        for attempt in 1...3 {
            do {
                try repository.append(subject: "the decision list", metadata: command.metadata) { _ in
                    plan = try makePlan(decisions, actor: command.actor, wholeCollection: wholeCollection)
                    guard !plan.appends.isEmpty else { throw NothingLeft() }
                    return plan.appends
                }
                return plan.report
            } catch is NothingLeft {
                return plan.report
            } catch where attempt < 3 && Self.isRace(error) {
                continue
            }
        }
        return plan.report
    }

    /// Whether `error` is what losing a race to an identical import looks like.
    private static func isRace(_ error: any Error) -> Bool {
        switch error {
        case EventLogError.idempotencyConflict, EventLogError.wrongExpectedVersion, CommandRejection.conflict: true
        default: false
        }
    }

    private struct NothingLeft: Error {}

    private func makePlan(_ decisions: [ImportedDecision], actor: String, wholeCollection: Bool) throws -> ImportPlan {
        let log = repository.log
        let (counter, claimVersion) = try log.read { db in
            (try log.streamVersion(EntityKind.decision.counterStream, in: db), try log.streamVersion(EntityKind.decision.claimStream, in: db))
        }
        let store = StoreNumbers(counter: counter, claimVersion: claimVersion, holder: holder(of:))
        let stored = try repository.loadAll(DecisionState.self)
        return try ImportPlanner(actor: actor, store: store).plan(
            decisions, stored: stored, now: log.clock(), wholeCollection: wholeCollection)
    }

    /// The decision holding `number`, or nil when the number is free to claim.
    private func holder(of number: Int) throws -> NumberHolder? {
        let log = repository.log
        return try log.read { db in
            guard let owner = try ShortIDLookup.owner(.decision, number, in: db), try ShortIDLookup.exists(.decision, owner, in: db) else {
                return nil
            }
            let ref = EntityRef(kind: .decision, id: owner, number: number)
            let sql = "SELECT \(SQLiteEventLog.columns) FROM events WHERE stream_id = ? AND stream_version = 1"
            let proposed = try Row.fetchOne(db, sql: sql, arguments: [ref.streamID])
                .flatMap { try DecisionProposed.decode(try RecordedEvent(row: $0)) }
            return NumberHolder(ref: ref, title: proposed?.content.title ?? "", source: proposed?.source?.path)
        }
    }
}
