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
    ///
    /// - Parameter at: the moment the records stand for, when replaying a history: changes take
    ///   effect then instead of when they are recorded (nil: now).
    public func importDecisions(
        _ decisions: [ImportedDecision], _ command: CommandContext, dryRun: Bool = false, wholeCollection: Bool = true,
        at moment: Timestamp? = nil
    ) throws -> DecisionImportReport {
        let options = PlanOptions(actor: command.actor, wholeCollection: wholeCollection, moment: moment)
        var plan = try makePlan(decisions, options)
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
                    plan = try makePlan(decisions, options)
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

    /// The correlation ids starting with `prefix` that the log's events carry: the commits a
    /// git replay already recorded (`git:<sha>`), so a second replay does not apply them again.
    public func correlations(withPrefix prefix: String) throws -> Set<String> {
        let sql = """
            SELECT DISTINCT json_extract(metadata, '$.correlationID') FROM events
            WHERE json_extract(metadata, '$.correlationID') LIKE ? || '%'
            """
        return try repository.log.read { db in Set(try String.fetchAll(db, sql: sql, arguments: [prefix])) }
    }

    /// Whether `error` is what losing a race to an identical import looks like.
    private static func isRace(_ error: any Error) -> Bool {
        switch error {
        case EventLogError.idempotencyConflict, EventLogError.wrongExpectedVersion, CommandRejection.conflict: true
        default: false
        }
    }

    private struct NothingLeft: Error {}

    private struct PlanOptions {
        var actor: String
        var wholeCollection: Bool
        var moment: Timestamp?
    }

    private func makePlan(_ decisions: [ImportedDecision], _ options: PlanOptions) throws -> ImportPlan {
        let log = repository.log
        let (counter, claimVersion) = try log.read { db in
            (try log.streamVersion(EntityKind.decision.counterStream, in: db), try log.streamVersion(EntityKind.decision.claimStream, in: db))
        }
        let store = StoreNumbers(counter: counter, claimVersion: claimVersion, holder: holder(of:))
        let stored = try repository.loadAll(DecisionState.self)
        return try ImportPlanner(actor: options.actor, store: store).plan(
            decisions, stored: stored, now: options.moment ?? log.clock(), stampsNow: options.moment != nil,
            wholeCollection: options.wholeCollection)
    }

    /// The decision holding `number`, or nil when the number is free to claim.
    private func holder(of number: Int) throws -> NumberHolder? {
        let log = repository.log
        return try log.read { db in
            guard let owner = try ShortIDLookup.owner(.decision, number, in: db), try ShortIDLookup.exists(.decision, owner, in: db) else {
                return nil
            }
            let ref = EntityRef(kind: .decision, id: owner, number: number)
            let proposed = try SQLiteEventLog.event(stream: ref.streamID, version: 1, in: db)
                .flatMap { try DecisionProposed.decode($0) }
            return NumberHolder(ref: ref, title: proposed?.content.title ?? "", source: proposed?.source?.path)
        }
    }
}
