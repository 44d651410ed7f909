import GRDB
import Strata

/// Maintains `entity_index`: one row per entity with its short id, stream, title and status.
///
/// Lets read commands list and look up `ADR-7`, `W-3`, … with one query. Services never need
/// it (they resolve ids from the log's counter streams), so a store without it stays correct.
public struct EntityIndexProjection: Projection {
    public let name = "entityIndex"   // checkpoint key; never rename
    public let version = 1            // bump to refold from position 0

    public init() {}

    public func reset(in db: Database) throws {
        try db.executeCached(sql: "DELETE FROM entity_index")
    }

    public func apply(_ event: RecordedEvent, in db: Database) throws {
        guard DomainEvents.isDomainEvent(event.eventType) else { return }
        if let e = try ContextDefined.decode(event) {
            try insert(EntityRef(kind: .context, id: e.contextID, number: e.number), title: e.name, status: "active", event, db)
        } else if let e = try ContextRetired.decode(event) {
            try update(e.contextID, status: "retired", event, db)
        } else if let e = try WorkloadAdded.decode(event) {
            try insert(EntityRef(kind: .workload, id: e.workloadID, number: e.number), title: e.profile.name, status: "active", event, db)
        } else if let e = try WorkloadRevised.decode(event) {
            try update(e.workloadID, title: e.profile.name, event, db)
        } else if let e = try WorkloadRetired.decode(event) {
            try update(e.workloadID, status: "retired", event, db)
        } else if let e = try MeasurementRecorded.decode(event) {
            let title = "\(e.metric.rawValue) \(e.value) \(e.unit)"
            try insert(EntityRef(kind: .measurement, id: e.measurementID, number: e.number), title: title, status: "recorded", event, db)
        } else if let e = try MeasurementRetracted.decode(event) {
            try update(e.measurementID, status: "retracted", event, db)
        } else if let e = try StoreAdopted.decode(event) {
            try insert(EntityRef(kind: .store, id: e.storeID, number: e.number), title: e.name, status: "active", event, db)
        } else if let e = try StoreRetired.decode(event) {
            try update(e.storeID, status: "retired", event, db)
        } else {
            try applyDecision(event, in: db)
        }
    }

    private func applyDecision(_ event: RecordedEvent, in db: Database) throws {
        guard let decision = try DecisionEvent(event) else { return }
        switch decision {
        case .proposed(let e):
            try insert(EntityRef(kind: .decision, id: e.decisionID, number: e.number), title: e.content.title, status: "proposed", event, db)
        case .accepted(let e): try update(e.decisionID, status: DecisionStatus.accepted.rawValue, event, db)
        case .rejected(let e): try update(e.decisionID, status: DecisionStatus.rejected.rawValue, event, db)
        case .superseded(let e): try update(e.decisionID, status: DecisionStatus.superseded.rawValue, event, db)
        case .deprecated(let e): try update(e.decisionID, status: DecisionStatus.deprecated.rawValue, event, db)
        case .amended(let e): try update(e.decisionID, title: e.content.title, event, db)
        case .linked: break
        }
    }

    private func insert(_ ref: EntityRef, title: String, status: String, _ event: RecordedEvent, _ db: Database) throws {
        try db.executeCached(
            sql: """
                INSERT INTO entity_index (short_id, kind, number, entity_id, stream_id, title, status, created_at, updated_at, position)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """,
            arguments: [ref.shortID, ref.kind.rawValue, ref.number, ref.id, ref.streamID, title, status,
                        event.recordedAt.microseconds, event.recordedAt.microseconds, event.position])
    }

    private func update(_ entityID: String, title: String? = nil, status: String? = nil, _ event: RecordedEvent, _ db: Database) throws {
        try db.executeCached(
            sql: """
                UPDATE entity_index SET title = COALESCE(?, title), status = COALESCE(?, status), updated_at = ?, position = ?
                WHERE entity_id = ?
                """,
            arguments: [title, status, event.recordedAt.microseconds, event.position, entityID])
    }
}

/// One row of `entity_index`.
public struct EntityIndexRow: Hashable, Sendable, FetchableRecord {
    public var shortID: String
    public var kind: String
    public var streamID: String
    public var title: String
    public var status: String

    public init(row: Row) {
        shortID = row["short_id"]
        kind = row["kind"]
        streamID = row["stream_id"]
        title = row["title"]
        status = row["status"]
    }

    /// The row for `shortID` (case-insensitive), if any.
    public static func fetch(shortID: String, in db: Database) throws -> EntityIndexRow? {
        try EntityIndexRow.fetchOne(try db.cachedStatement(sql: "SELECT * FROM entity_index WHERE upper(short_id) = upper(?)"), arguments: [shortID])
    }
}
