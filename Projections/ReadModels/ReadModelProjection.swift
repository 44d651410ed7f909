import GRDB
import Strata
import StrataMigrations

/// The read side's tables (`rm_*`, see migration 3): current architecture, decision history,
/// measurement timeline and justification audit, with snapshots for time travel.
///
/// One projection with one checkpoint, so every table always reflects the same log position and
/// a snapshot captures them all at once. The same fold runs on the store's tables and, for an
/// as-of query, on an in-memory database with the same schema.
public struct ReadModelProjection: Projection {
    public let name = "readModels"   // checkpoint key; never rename
    public let version = 1           // bump to refold from position 0
    /// Positions at which a snapshot may be taken; see ``SnapshotPolicy``.
    public let snapshots: SnapshotPolicy

    public init(snapshots: SnapshotPolicy = .standard) {
        self.snapshots = snapshots
    }

    public func reset(in db: Database) throws {
        try ReadModelTables.recreateIfDamaged(in: db)
        try DeferredIndexes.drop(in: db)
        // A refold from nothing seals every table once at its end (``finish(in:)``): kept row by
        // row through the triggers, the seals cost a refold of a large log a quarter of its speed.
        try db.execute(sql: ReadModelSeals.dropTriggers)
        for table in ReadModelTables.all where !["rm_state", "rm_seals"].contains(table) {
            try db.executeCached(sql: "DELETE FROM \(table)")
        }
        try db.executeCached(sql: "DELETE FROM rm_state WHERE key <> 'indexes_deferred'")
        try ReadModelSeal.zero(in: db)
        try ReadModelState.set(ReadModelSeal.deferredFlag, 1, in: db)
    }

    public func apply(_ event: RecordedEvent, in db: Database) throws {
        var memo = FoldMemo()
        try apply(event, memo: &memo, in: db)
    }

    public func batch() -> any ProjectionBatch { ReadModelBatch(projection: self) }

    func apply(_ event: RecordedEvent, memo: inout FoldMemo, in db: Database) throws {
        try fold(event, memo: &memo, in: db)
        if snapshots.isCandidate(event.position) {
            try Snapshot.takeIfDue(at: event, policy: snapshots, version: version, in: db)
        }
    }

    /// Folds one event without considering snapshots: what an as-of build replays.
    ///
    /// With `measurements: false` measurement facts are skipped, for a build that reads them
    /// from the store's table as of its position instead.
    func fold(_ event: RecordedEvent, measurements: Bool = true, in db: Database) throws {
        var memo = FoldMemo()
        try fold(event, measurements: measurements, memo: &memo, in: db)
    }

    private func fold(_ event: RecordedEvent, measurements: Bool = true, memo: inout FoldMemo, in db: Database) throws {
        // A short number's allocation changes no read model (the entity's own event carries the
        // number, and ``fold(_:of:measurements:in:)`` skips it): not decoded, a tenth of a rebuild.
        if event.eventType == ShortIDAllocated.eventType { return }
        // A build that reads measurements from the store's table skips them undecoded: most of a
        // long log, replayed from the snapshot before the cut.
        if !measurements, event.eventType == MeasurementRecorded.eventType || event.eventType == MeasurementRetracted.eventType { return }
        guard let fact = try DomainFact(event) else { return }
        try fold(fact, of: event, measurements: measurements, memo: &memo, in: db)
    }

    /// Folds one decoded fact.
    ///
    /// Every handler reads and writes only rows keyed by entity ids that its event names (in its
    /// payload or its stream), so facts about disjoint entities commute: ``ValidTimeSweep``
    /// relies on it to fold a backdated fact late without refolding the rest.
    func fold(_ fact: DomainFact, of event: RecordedEvent, measurements: Bool = true, in db: Database) throws {
        var memo = FoldMemo()
        try fold(fact, of: event, measurements: measurements, memo: &memo, in: db)
    }

    /// The fold, with what earlier events of the same batch left in `memo`.
    private func fold(_ fact: DomainFact, of event: RecordedEvent, measurements: Bool, memo: inout FoldMemo, in db: Database) throws {
        switch fact {
        case .shortID:
            return   // allocations only number entities; their creation events carry the number
        case .context(let e): try ArchitectureFold.apply(e, event, in: db)
        case .workload(let e):
            if case .moved(let moved) = e { try DecisionFold.noteTechnology(of: moved.toStoreID, for: moved.decisionID, in: db) }
            try ArchitectureFold.apply(e, event, in: db)
        case .store(let e):
            try DecisionFold.noteTechnology(of: e, in: db)
            try ArchitectureFold.apply(e, event, in: db)
        case .measurement(let e):
            guard measurements else { return }
            try MeasurementFold.apply(e, event, targets: &memo.workloadTargets, in: db)
            // Measurements are positional: the snapshotted tables are as they were.
            if !memo.auditMarked { try ReadModelState.markAuditDirty(in: db) }
            memo.auditMarked = true
            return
        case .decision(let e): try DecisionFold.apply(e, event, in: db)
        case .advice(let e): try AdviceFold.apply(e, event, in: db)
        }
        memo.workloadTargets.removeAll()   // whatever the fact was, a workload's targets may have moved
        try ReadModelState.markFoldedChanged(in: db)
        memo.auditMarked = true
    }

    public func finish(in db: Database) throws {
        // One read for both flags: finish runs after every append.
        let pending = try ReadModelState.pending(in: db)
        if pending.contains(DeferredIndexes.flag) { try DeferredIndexes.restore(in: db) }
        if pending.contains(ReadModelState.auditDirty) {
            try AuditBuilder.refresh(in: db)
            try ReadModelState.clear(ReadModelState.auditDirty, in: db)
        }
        if pending.contains(ReadModelSeal.deferredFlag) { try ReadModelSeal.sealAll(in: db) }
    }

    public func didReach(_ position: Int64, hash: [UInt8]?, in db: Database) throws {
        try ReadModelSeal.tie(to: position, hash: hash, in: db)
    }
}

/// The read-model tables, grouped by what a snapshot holds.
enum ReadModelTables {
    /// Folded state: what a snapshot captures and an as-of build restores.
    static let folded = [
        "rm_contexts", "rm_workloads", "rm_stores", "rm_store_workloads", "rm_store_changes", "rm_decisions",
        "rm_decision_timeline", "rm_decision_links", "rm_decision_facets", "rm_advice",
    ]
    /// Folded state that keeps its own history (positions per row), read as of a position
    /// rather than snapshotted.
    static let positional = ["rm_measurements"]
    /// Derived after each batch from the folded tables.
    static let derived = ["rm_audit_stores", "rm_audit_findings"]
    /// Every table the projection owns.
    static let all = folded + positional + derived + ["rm_state", "rm_snapshots", "rm_seals"]

    /// The tables of `all` the store lacks (dropped by hand or by a tool).
    static func missing(in db: Database) throws -> [String] {
        let present = Set(try String.fetchAll(db, sql: "SELECT name FROM sqlite_master WHERE type = 'table' AND name LIKE 'rm\\_%' ESCAPE '\\'"))
        return all.filter { !present.contains($0) }
    }

    /// A rebuild starts from nothing, so a read model with a table missing is recreated whole
    /// from the schema, instead of failing on the missing table.
    static func recreateIfDamaged(in db: Database) throws {
        guard try !missing(in: db).isEmpty else { return }
        for table in all { try db.execute(sql: "DROP TABLE IF EXISTS \(table)") }
        try db.execute(sql: ReadModelSchema.tables + ReadModelSeals.additions)
    }
}

/// Small flags the projection keeps between events.
enum ReadModelState {
    /// Writes nothing when the flag is already set: every fact of a batch marks it, and a write
    /// per event cost more than folding a measurement.
    static func markAuditDirty(in db: Database) throws {
        try db.executeCached(sql: "INSERT INTO rm_state (key, value) VALUES ('audit_dirty', 1) ON CONFLICT (key) DO NOTHING")
    }

    /// Notes a fold into the tables a snapshot holds (see ``Snapshot/takeIfDue(at:policy:version:in:)``),
    /// which also dirties the audit: one statement for both.
    static func markFoldedChanged(in db: Database) throws {
        try db.executeCached(sql: "INSERT INTO rm_state (key, value) VALUES ('audit_dirty', 1), ('snapshot_stale', 1) ON CONFLICT (key) DO NOTHING")
    }

    static let auditDirty = "audit_dirty"
    /// Set while the snapshotted tables differ from the newest full snapshot.
    static let snapshotStale = "snapshot_stale"

    /// The work flags set since the last ``ReadModelProjection/finish(in:)`` (the audit to
    /// refresh, the measurement indexes and the seals to restore).
    static func pending(in db: Database) throws -> Set<String> {
        Set(try String.fetchAll(try db.cachedStatement(
            sql: "SELECT key FROM rm_state WHERE key IN ('audit_dirty', 'indexes_deferred', 'seals_deferred') AND value = 1")))
    }

    static func clear(_ key: String, in db: Database) throws {
        try db.executeCached(sql: "DELETE FROM rm_state WHERE key = ?", arguments: [key])
    }

    static func value(_ key: String, in db: Database) throws -> Int64? {
        try Int64.fetchOne(try db.cachedStatement(sql: "SELECT value FROM rm_state WHERE key = ?"), arguments: [key])
    }

    static func set(_ key: String, _ value: Int64, in db: Database) throws {
        try db.executeCached(sql: "INSERT OR REPLACE INTO rm_state (key, value) VALUES (?, ?)", arguments: [key, value])
    }
}
