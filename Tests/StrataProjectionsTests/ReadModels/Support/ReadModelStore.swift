import Foundation
import GRDB
import Strata
import StrataProjections
import StrataTestSupport

/// A store file in its own temporary directory, its read models maintained inline by default,
/// with the domain services and a ticking clock: `let store = try ReadModelStore(); defer { store.remove() }`.
struct ReadModelStore {
    let directory: TemporaryDirectory
    let path: String
    let clock: TickingClock
    let projection: ReadModelProjection
    let log: SQLiteEventLog

    /// - Parameters:
    ///   - snapshots: the policy of the projection kept inline (and of ``readSide``).
    ///   - inline: false for a log appended without the hook, whose read models someone catches up.
    init(snapshots: SnapshotPolicy = SnapshotPolicy(stride: 3), inline: Bool = true) throws {
        directory = try TemporaryDirectory()
        path = directory.path("store.db")
        clock = TickingClock()
        projection = ReadModelProjection(snapshots: snapshots)
        let hooks: [any AppendHook] = inline ? [InlineProjections([projection])] : []
        log = try SQLiteEventLog.create(at: path, hooks: hooks, clock: clock.closure)
    }

    func remove() { directory.remove() }

    /// The same file opened again with the inline hook: a second writer that keeps the read models.
    func inlineWriter() throws -> SQLiteEventLog {
        try SQLiteEventLog.open(at: path, hooks: [InlineProjections([projection])], clock: clock.closure)
    }

    var readSide: ReadSide { ReadSide(log: log, projection: projection) }

    var contexts: ContextService { ContextService(log: log) }
    var workloads: WorkloadService { WorkloadService(log: log) }
    var measurements: MeasurementService { MeasurementService(log: log) }
    var decisions: DecisionService { DecisionService(log: log) }

    /// A command by `actor`, taking effect when recorded unless `effective` backdates it.
    func by(_ actor: String = "ann", effective: Timestamp? = nil) -> CommandContext {
        CommandContext(actor: actor, effectiveAt: effective)
    }

    /// 2020-01-01, long before any history a test records: when the contexts and workloads that
    /// backdated facts refer to take effect, since nothing about an entity precedes it.
    static let founded = Timestamp(microseconds: 1_577_836_800_000_000)

    /// A command by `ann` taking effect at ``founded``.
    var founding: CommandContext { by(effective: Self.founded) }

    /// Adds a workload given as profile JSON to `context`.
    @discardableResult
    func addWorkload(_ json: String, context: String = "C-1", _ command: CommandContext? = nil) throws -> RecordedChange {
        try workloads.add(WorkloadService.parseProfile(Data(json.utf8)), context: context, command ?? by())
    }

    /// Revises a workload to the profile given as JSON.
    @discardableResult
    func reviseWorkload(_ reference: String, _ json: String) throws -> RecordedChange {
        try workloads.revise(reference, profile: WorkloadService.parseProfile(Data(json.utf8)), reason: "revised", by())
    }

    /// Proposes a decision with `effects` and accepts it; returns the acceptance.
    @discardableResult
    func decide(
        _ title: String, _ effects: [ArchitectureEffect], context: String? = nil, effective: Timestamp? = nil
    ) throws -> RecordedChange {
        let proposed = try decisions.propose(DecisionContent(title: title, effects: effects, context: context), by(effective: effective))
        return try decisions.accept(proposed.subject.shortID, by(effective: effective))
    }

    /// The instant the last append was recorded at.
    func lastRecordedAt() throws -> Timestamp {
        let head = try log.head().position
        guard let last = try log.events(EventQuery(after: head - 1)).first else { throw EmptyLog() }
        return last.recordedAt
    }
}

/// Thrown when a test asks for the last event of a log that holds none.
struct EmptyLog: Error {}
