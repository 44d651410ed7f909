import PostgresNIO
import Strata

extension PostgresEventLog {
    /// Appends events to one or more streams in one transaction; see ``EventLog/append(_:metadata:)``.
    ///
    /// The transaction first takes the log's append lock, so it sees every append committed
    /// before it and none commits while it runs: the positions it assigns, head + 1 onwards, are
    /// gapless and in commit order. Readers are never blocked.
    @discardableResult
    public func append(_ appends: [StreamAppend], metadata: EventMetadata) async throws -> AppendResult {
        try AppendValidation.check(appends)
        do {
            return try await connections.transaction { connection in
                try await insert(appends, metadata: metadata, on: connection)
            }
        } catch is DuplicateEventID {
            // A stored id with its stream's version check passed (`.any`): a retry or a clash,
            // answered from the log outside the aborted transaction.
            let stored = try await connections.with { connection in
                try await storedResult(for: appends, on: connection)
            }
            guard let stored else { throw EventLogError.integrity("an event id of this append is stored already") }
            return stored
        }
    }

    /// Appends events to one stream.
    @discardableResult
    public func append(
        _ events: [NewEvent], to streamID: String, expected: ExpectedVersion, metadata: EventMetadata
    ) async throws -> AppendResult {
        try await append([StreamAppend(streamID: streamID, expected: expected, events: events)], metadata: metadata)
    }

    /// The append itself, in the caller's transaction: takes the lock, checks, chains and inserts.
    func insert(_ appends: [StreamAppend], metadata: EventMetadata, on connection: PostgresConnection) async throws
        -> AppendResult
    {
        try await connection.query("SELECT strata_lock_log()", logger: logger)
        let stored = try await streamVersions(of: appends, on: connection)
        var versions: [String: Int] = [:]
        for request in appends {
            let actual = versions[request.streamID] ?? stored[request.streamID] ?? 0
            guard request.expected.isSatisfied(by: actual) else {
                // A retry of an append that went through finds its stream moved on by itself.
                if let retry = try await storedResult(for: appends, on: connection) { return retry }
                throw EventLogError.wrongExpectedVersion(stream: request.streamID, expected: request.expected, actual: actual)
            }
            versions[request.streamID] = actual + request.events.count
        }
        let (head, reading) = try await headAndClock(on: connection)
        let skew = Int64(SQLiteEventLog.maximumClockSkew * 1_000_000)
        if head.position > 0, reading.microseconds < head.recordedAt.microseconds - skew {
            throw EventLogError.clockBehind(path: url.redacted, reading: reading, last: head.recordedAt)
        }
        let rows = Self.chain(appends, after: head, streamVersions: stored, metadata: metadata.json, reading: reading)
        do {
            for chunk in stride(from: 0, to: rows.count, by: Self.rowsPerInsert) {
                try await connection.query(Self.insertQuery(rows[chunk..<min(chunk + Self.rowsPerInsert, rows.count)]), logger: logger)
            }
        } catch let error as PSQLError where error.serverInfo?[.constraintName] == "events_event_id_key" {
            throw DuplicateEventID()
        }
        let last = rows.last.map { ChainHead(position: $0.position, hash: $0.hash) } ?? ChainHead(position: head.position, hash: head.hash)
        let appended = rows.map {
            AppendedEvent(eventID: $0.eventID, streamID: $0.streamID, streamVersion: $0.streamVersion, position: $0.position)
        }
        return AppendResult(events: appended, wasAlreadyStored: false, head: last)
    }

    /// The rows `appends` become on top of `head`: numbered, timed and chained exactly as the
    /// SQLite log does it, so both backends hash the same events alike.
    static func chain(
        _ appends: [StreamAppend], after head: (position: Int64, hash: [UInt8], recordedAt: Timestamp),
        streamVersions: [String: Int], metadata: String, reading: Timestamp
    ) -> [RecordedEvent] {
        let now = max(reading, head.recordedAt)
        var previous = (position: head.position, hash: head.hash)
        var next = streamVersions
        var rows: [RecordedEvent] = []
        rows.reserveCapacity(appends.reduce(0) { $0 + $1.events.count })
        for request in appends {
            var version = next[request.streamID] ?? 0
            for event in request.events {
                version += 1
                var row = RecordedEvent(
                    position: previous.position + 1, eventID: event.eventID, streamID: request.streamID,
                    category: StreamName.category(of: request.streamID), streamVersion: version, eventType: event.eventType,
                    schemaVersion: event.schemaVersion, data: event.data, metadata: event.metadata ?? metadata,
                    recordedAt: now, effectiveAt: event.effectiveAt ?? reading, prevHash: previous.hash, hash: [])
                row.hash = EventHasher.hash(of: row)
                previous = (row.position, row.hash)
                rows.append(row)
            }
            next[request.streamID] = version
        }
        return rows
    }

    /// 13 parameters a row; PostgreSQL takes at most 65,535 in one statement.
    static let rowsPerInsert = 1000

    static func insertQuery(_ rows: ArraySlice<RecordedEvent>) -> PostgresQuery {
        var bindings = PostgresBindings(capacity: rows.count * 13)
        var sql = """
            INSERT INTO events (position, event_id, stream_id, category, stream_version, event_type, schema_version,
                                data, metadata, recorded_at, effective_at, prev_hash, hash) VALUES
            """
        for (index, row) in rows.enumerated() {
            let base = index * 13
            sql += index == 0 ? " (" : ", ("
            sql += (1...13).map { "$\(base + $0)" }.joined(separator: ", ") + ")"
            bindings.append(row.position)
            bindings.append(row.eventID)
            bindings.append(row.streamID)
            bindings.append(row.category)
            bindings.append(Int64(row.streamVersion))
            bindings.append(row.eventType)
            bindings.append(Int64(row.schemaVersion))
            bindings.append(row.data)
            bindings.append(row.metadata)
            bindings.append(row.recordedAt.microseconds)
            bindings.append(row.effectiveAt.microseconds)
            bindings.append(ByteBuffer(bytes: row.prevHash))
            bindings.append(ByteBuffer(bytes: row.hash))
        }
        return PostgresQuery(unsafeSQL: sql, binds: bindings)
    }

    private func streamVersions(of appends: [StreamAppend], on connection: PostgresConnection) async throws -> [String: Int] {
        let streams = Array(Set(appends.map(\.streamID)))
        let rows = try await connection.query("""
            SELECT stream_id, MAX(stream_version) FROM events WHERE stream_id = ANY(\(streams)) GROUP BY stream_id
            """, logger: logger).collect()
        var versions: [String: Int] = [:]
        for row in rows {
            let (stream, version) = try row.decode((String, Int64).self)
            versions[stream] = Int(version)
        }
        return versions
    }

    /// The head row and the server's clock, read together in the append's transaction.
    private func headAndClock(on connection: PostgresConnection) async throws
        -> (head: (position: Int64, hash: [UInt8], recordedAt: Timestamp), reading: Timestamp)
    {
        let rows = try await connection.query("""
            SELECT h.position, h.hash, h.recorded_at, floor(extract(epoch FROM clock_timestamp()) * 1000000)::bigint
              FROM (SELECT 1) AS one
              LEFT JOIN LATERAL (SELECT position, hash, recorded_at FROM events ORDER BY position DESC LIMIT 1) AS h ON true
            """, logger: logger).collect()
        guard let row = rows.first else { throw EventLogError.integrity("the server returned no clock reading") }
        let (position, hash, recorded, now) = try row.decode((Int64?, ByteBuffer?, Int64?, Int64).self)
        guard let position, let hash, let recorded else {
            return ((0, genesisHash, Timestamp(microseconds: 0)), Timestamp(microseconds: now))
        }
        return ((position, Array(hash.readableBytesView), Timestamp(microseconds: recorded)), Timestamp(microseconds: now))
    }

    /// The original placement when every event is stored already with the same content (a
    /// retry); nil when none is; ``EventLogError/idempotencyConflict(eventID:reason:)`` otherwise.
    func storedResult(for appends: [StreamAppend], on connection: PostgresConnection) async throws -> AppendResult? {
        let ids = appends.flatMap { $0.events.map(\.eventID) }
        let rows = try await connection.query("""
            SELECT event_id, stream_id, stream_version, position, event_type, schema_version, data, effective_at
              FROM events WHERE event_id = ANY(\(ids))
            """, logger: logger).collect()
        var stored: [String: IdempotencyCheck.StoredEvent] = [:]
        for row in rows {
            let (id, stream, version, position, type, schema, data, effective) =
                try row.decode((String, String, Int64, Int64, String, Int64, String, Int64).self)
            stored[id] = IdempotencyCheck.StoredEvent(
                streamID: stream, streamVersion: Int(version), position: position, eventType: type, schemaVersion: Int(schema),
                data: data, effectiveAt: effective)
        }
        guard let events = try IdempotencyCheck.storedResult(for: appends, stored: stored) else { return nil }
        return AppendResult(events: events, wasAlreadyStored: true, head: try await head(on: connection))
    }
}

/// An insert met an event id stored already: the append is a retry or a clash, decided outside
/// its aborted transaction.
struct DuplicateEventID: Error {}
