import Foundation

/// Imports decision records from other tools as decision events, atomically and idempotently.
///
/// Every imported record becomes `decision.proposed` plus the lifecycle events its status
/// implies (accepted; rejected; accepted then superseded or deprecated), valid at the record's
/// own date and recorded now. All streams, and the short-id allocations, go into the log in
/// one append: an import is never half done. Ids are derived from each record's fingerprint,
/// so importing the same records again finds them present and appends nothing.
///
/// Numbering: when every new record has a number ≥ 1, the numbers are unique and all lie above
/// the store's highest decision number, each record keeps its number (numbers the source skipped
/// stay unused); otherwise the new records are numbered after the highest, in source order, and
/// keep their source number in ``DecisionSource/number``.
public struct DecisionImportService: Sendable {
    let repository: DomainRepository

    public init(log: SQLiteEventLog) { repository = DomainRepository(log: log) }

    /// Records `decisions` (or, with `dryRun`, only plans them) and reports what happened.
    ///
    /// - Throws: ``CommandRejection/conflict(subject:)`` when another writer created the same
    ///   decisions meanwhile, or an ``EventLogError`` from the store; nothing is recorded then.
    @discardableResult
    public func importDecisions(
        _ decisions: [ImportedDecision], _ command: CommandContext, dryRun: Bool = false
    ) throws -> DecisionImportReport {
        var plan = try makePlan(decisions, actor: command.actor)
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
                    plan = try makePlan(decisions, actor: command.actor)
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

    private func makePlan(_ decisions: [ImportedDecision], actor: String) throws -> ImportPlan {
        let log = repository.log
        let counter = try log.read { db in try log.streamVersion(EntityKind.decision.counterStream, in: db) }
        let resolver = repository.resolver
        return try ImportPlanner(actor: actor, counter: counter).plan(decisions) { uuid in
            try resolver.byUUID(uuid, kind: .decision)
        }
    }
}
