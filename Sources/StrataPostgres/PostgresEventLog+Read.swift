import PostgresNIO
import Strata

extension PostgresEventLog {
    /// Hands `body` the events `query` selects, in position order.
    ///
    /// One statement reads them, cut included, so `body` sees one consistent prefix of the log
    /// even while others append; rows stream in as `body` consumes them.
    public func read(_ query: EventQuery, _ body: (RecordedEvent) throws -> Void) async throws {
        try await connections.with { connection in
            let rows = try await connection.query(Self.selectQuery(query), logger: logger)
            for try await row in rows { try body(try RecordedEvent(postgres: row)) }
        }
    }

    /// The events `query` selects, as an array: for small reads.
    public func events(_ query: EventQuery) async throws -> [RecordedEvent] {
        var events: [RecordedEvent] = []
        try await read(query) { events.append($0) }
        return events
    }

    /// The last position inside `cut` (0 when the cut precedes every event).
    public func position(at cut: TimeCut) async throws -> Int64 {
        var bindings = PostgresBindings()
        let sql = "SELECT " + Self.cutSQL(cut, into: &bindings)
        return try await connections.with { connection in
            let rows = try await connection.query(PostgresQuery(unsafeSQL: sql, binds: bindings), logger: logger).collect()
            return try rows.first?.decode(Int64.self) ?? 0
        }
    }

    /// The last event's position and hash, or position 0 and the genesis hash of an empty log.
    public func head() async throws -> ChainHead {
        try await connections.with { connection in try await head(on: connection) }
    }

    func head(on connection: PostgresConnection) async throws -> ChainHead {
        let rows = try await connection.query("SELECT position, hash FROM events ORDER BY position DESC LIMIT 1", logger: logger)
            .collect()
        guard let row = rows.first else { return ChainHead(position: 0, hash: genesisHash) }
        let (position, hash) = try row.decode((Int64, ByteBuffer).self)
        return ChainHead(position: position, hash: Array(hash.readableBytesView))
    }

    static func selectQuery(_ query: EventQuery) -> PostgresQuery {
        var bindings = PostgresBindings()
        bindings.append(query.after)
        var clauses = ["position > $1"]
        func bind(_ value: String) -> String {
            bindings.append(value)
            return "$\(bindings.count)"
        }
        if let cut = query.upTo { clauses.append("position <= (SELECT " + cutSQL(cut, into: &bindings) + ")") }
        if let stream = query.streamID { clauses.append("stream_id = " + bind(stream)) }
        if let category = query.category { clauses.append("category = " + bind(category)) }
        if let type = query.eventType { clauses.append("event_type = " + bind(type)) }
        var sql = "SELECT \(columns) FROM events WHERE \(clauses.joined(separator: " AND ")) ORDER BY position"
        if let limit = query.limit { sql += " LIMIT \(max(0, limit))" }
        return PostgresQuery(unsafeSQL: sql, binds: bindings)
    }

    /// An expression for the last position inside `cut`, clamped to the log as SQLite's is.
    private static func cutSQL(_ cut: TimeCut, into bindings: inout PostgresBindings) -> String {
        switch cut {
        case .position(let position):
            bindings.append(position)
            return "GREATEST(0, LEAST($\(bindings.count), (SELECT COALESCE(MAX(position), 0) FROM events)))"
        case .instant(let instant):
            bindings.append(instant.microseconds)
            return "(SELECT COALESCE(MAX(position), 0) FROM events WHERE recorded_at <= $\(bindings.count))"
        }
    }

    static let columns = """
        position, event_id, stream_id, category, stream_version, event_type, schema_version, data, metadata,
        recorded_at, effective_at, prev_hash, hash
        """
}

extension RecordedEvent {
    /// Decodes a row selected with ``PostgresEventLog/columns``.
    init(postgres row: PostgresRow) throws {
        let (position, eventID, streamID, category, streamVersion, eventType, schemaVersion, data, metadata, recordedAt,
             effectiveAt, prevHash, hash) = try row.decode(
                (Int64, String, String, String, Int64, String, Int64, String, String, Int64, Int64, ByteBuffer, ByteBuffer).self)
        self.init(
            position: position, eventID: eventID, streamID: streamID, category: category, streamVersion: Int(streamVersion),
            eventType: eventType, schemaVersion: Int(schemaVersion), data: data, metadata: metadata,
            recordedAt: Timestamp(microseconds: recordedAt), effectiveAt: Timestamp(microseconds: effectiveAt),
            prevHash: Array(prevHash.readableBytesView), hash: Array(hash.readableBytesView))
    }
}
