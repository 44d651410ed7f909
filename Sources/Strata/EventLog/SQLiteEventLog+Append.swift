import Foundation
import GRDB

extension SQLiteEventLog {
    /// Appends events to one or more streams atomically.
    ///
    /// Every check runs before any insert, inside one `BEGIN IMMEDIATE` transaction, so a
    /// refused append leaves no trace and positions stay gapless. Appending events whose ids are
    /// all stored already with the same content returns their original positions (a safe retry).
    ///
    /// - Throws: ``EventLogError/wrongExpectedVersion(stream:expected:actual:)`` on a concurrency
    ///   conflict, ``EventLogError/idempotencyConflict(eventID:reason:)`` when a stored id has other
    ///   content, ``EventLogError/invalidEvent(_:)`` for malformed input.
    @discardableResult
    public func append(_ appends: [StreamAppend], metadata: EventMetadata) throws -> AppendResult {
        try AppendValidation.check(appends)
        if let upstream { return try appendUpstream(appends, metadata: metadata, to: upstream) }
        do {
            return try write { db in try insert(appends, metadata: metadata, in: db) }
        } catch {
            // Only a refused insert can be a retry (its stream moved on, its ids are taken), so
            // the log is searched for the ids then rather than before every append.
            let stored: AppendResult?
            do {
                stored = try read { db -> AppendResult? in
                    guard let stored = try IdempotencyCheck.storedResult(for: appends, in: db) else { return nil }
                    return AppendResult(events: stored, wasAlreadyStored: true, head: try head(in: db))
                }
            } catch let conflict as EventLogError {
                guard case .idempotencyConflict = conflict else { throw error }
                throw conflict
            }
            if let stored { return stored }
            throw error
        }
    }

    /// Appends events to one stream.
    @discardableResult
    public func append(
        _ events: [NewEvent], to streamID: String, expected: ExpectedVersion, metadata: EventMetadata
    ) throws -> AppendResult {
        try append([StreamAppend(streamID: streamID, expected: expected, events: events)], metadata: metadata)
    }

    /// Inserts `appends` in the caller's transaction; the checks of ``append(_:metadata:)`` are the caller's.
    ///
    /// With `continuing: false` the watermark is not checked: only for padding the positions a
    /// truncated log lost, so they are never reused.
    func insert(
        _ appends: [StreamAppend], metadata: EventMetadata, continuing: Bool = true, in db: Database
    ) throws -> AppendResult {
        var versions: [String: Int] = [:]
        var stored: [String: Int] = [:]   // each stream's version before this append
        for request in appends {
            if stored[request.streamID] == nil { stored[request.streamID] = try streamVersion(request.streamID, in: db) }
            let actual = versions[request.streamID] ?? stored[request.streamID] ?? 0
            guard request.expected.isSatisfied(by: actual) else {
                throw EventLogError.wrongExpectedVersion(
                    stream: request.streamID, expected: request.expected, actual: actual)
            }
            versions[request.streamID] = actual + request.events.count
        }
        var head = try headRow(in: db)
        // Positions a checkpoint or an earlier append saw are never reused for other events.
        if continuing { try checkContinuity(in: db, headPosition: head.position) }
        let reading = clock()
        // Recorded time never decreases, so a clock far behind the log would freeze it at the
        // log's last reading (and a run in 2099 would pin every later event there): refuse.
        let skew = Int64(Self.maximumClockSkew * 1_000_000)
        if head.position > 0, reading.microseconds < head.recordedAt.microseconds - skew {
            throw EventLogError.clockBehind(path: path, reading: reading, last: head.recordedAt)
        }
        let now = max(reading, head.recordedAt)
        let metadataJSON = metadata.json
        var recorded: [RecordedEvent] = []
        recorded.reserveCapacity(appends.reduce(0) { $0 + $1.events.count })
        var nextVersion: [String: Int] = [:]
        for request in appends {
            var version = nextVersion[request.streamID] ?? stored[request.streamID] ?? 0
            for event in request.events {
                version += 1
                var row = RecordedEvent(
                    position: head.position + 1, eventID: event.eventID, streamID: request.streamID,
                    category: StreamName.category(of: request.streamID), streamVersion: version,
                    eventType: event.eventType, schemaVersion: event.schemaVersion, data: event.data,
                    metadata: event.metadata ?? metadataJSON, recordedAt: now, effectiveAt: event.effectiveAt ?? reading,
                    prevHash: head.hash, hash: [])
                row.hash = EventHasher.hash(of: row)
                head = (row.position, row.hash, now)
                recorded.append(row)
            }
            nextVersion[request.streamID] = version
        }
        try Self.insertRows(recorded, in: db)
        try LogWatermark.advance(to: ChainHead(position: head.position, hash: head.hash), in: db)
        for hook in hooks { try hook.didAppend(recorded, in: db) }
        let appended = recorded.map {
            AppendedEvent(eventID: $0.eventID, streamID: $0.streamID, streamVersion: $0.streamVersion, position: $0.position)
        }
        return AppendResult(events: appended, wasAlreadyStored: false, head: ChainHead(position: head.position, hash: head.hash))
    }

    /// Inserts `rows`, in order, many to a statement.
    ///
    /// The log's insert trigger makes SQLite keep a statement journal (a copy of every page the
    /// statement changes, to undo just that statement if the trigger aborts it); one statement
    /// per row paid that for every row, a third of a batched append. The trigger still checks
    /// every row, and a row it refuses still rolls the whole append back.
    static func insertRows(_ rows: [RecordedEvent], in db: Database) throws {
        var start = rows.startIndex
        if rows.count >= rowsPerInsert {
            let statement = try db.cachedStatement(sql: multiRowInsertSQL)
            while rows.endIndex - start >= rowsPerInsert {
                var values = StatementArguments()
                for row in rows[start..<start + rowsPerInsert] { values += arguments(of: row) }
                try statement.execute(arguments: values)
                start += rowsPerInsert
            }
        }
        guard start < rows.endIndex else { return }
        let statement = try db.cachedStatement(sql: insertSQL)
        for row in rows[start...] { try statement.execute(arguments: arguments(of: row)) }
    }

    /// Rows per multi-row insert: 32 × 13 values, well under SQLite's bound on parameters.
    static let rowsPerInsert = 32

    static let multiRowInsertSQL = insertSQL + String(repeating: ", (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", count: rowsPerInsert - 1)

    static let insertSQL = """
        INSERT INTO events (position, event_id, stream_id, category, stream_version, event_type,
                            schema_version, data, metadata, recorded_at, effective_at, prev_hash, hash)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
        """

    static func arguments(of row: RecordedEvent) -> StatementArguments {
        [row.position, row.eventID, row.streamID, row.category, row.streamVersion, row.eventType,
         row.schemaVersion, row.data, row.metadata, row.recordedAt.microseconds, row.effectiveAt.microseconds,
         Data(row.prevHash), Data(row.hash)]
    }

    func streamVersion(_ streamID: String, in db: Database) throws -> Int {
        try Int.fetchOne(
            db.cachedStatement(sql: "SELECT COALESCE(MAX(stream_version), 0) FROM events WHERE stream_id = ?"),
            arguments: [streamID]) ?? 0
    }

    /// The last event's position, hash and time (the genesis hash and time 0 for an empty log).
    func headRow(in db: Database) throws -> (position: Int64, hash: [UInt8], recordedAt: Timestamp) {
        let sql = "SELECT position, hash, recorded_at FROM events ORDER BY position DESC LIMIT 1"
        guard let row = try Row.fetchOne(db.cachedStatement(sql: sql)) else {
            return (0, genesisHash, Timestamp(microseconds: 0))
        }
        return (row[0], [UInt8](row[1] as Data), Timestamp(microseconds: row[2]))
    }

    /// The log's head as seen by `db`'s transaction.
    public func head(in db: Database) throws -> ChainHead {
        let row = try headRow(in: db)
        return ChainHead(position: row.position, hash: row.hash)
    }

    /// The log's current head.
    public func head() throws -> ChainHead { try read { try head(in: $0) } }
}
