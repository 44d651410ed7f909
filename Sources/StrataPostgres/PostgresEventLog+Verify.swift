import PostgresNIO
import Strata

extension PostgresEventLog {
    /// Walks the whole log from genesis, recomputing every hash, and reports the first break.
    ///
    /// The walk reads one snapshot, so appends running meanwhile neither break it nor show up
    /// half-way. Missing or disabled immutability triggers are reported as warnings: the chain
    /// still proves the rows, but the table no longer refuses edits by itself.
    public func verify(anchor: ChainHead?) async throws -> ChainVerification {
        let anchors = anchor.map { [$0] } ?? []
        return try await connections.with { connection in
            let warnings = try await triggerWarnings(on: connection)
            guard genesisHash == EventHasher.genesis(storeID: storeID) else {
                return ChainVerification(
                    head: ChainHead(position: 0, hash: genesisHash), eventCount: 0,
                    firstBreak: ChainBreak(position: 0, kind: .genesisMismatch,
                                           detail: "strata_store's genesis hash is not the one its store id \(storeID) gives"),
                    anchorHeld: anchors.isEmpty ? nil : false, warnings: warnings)
            }
            var walk = ChainWalk(genesis: genesisHash)
            var anchoredHashes: [Int64: [UInt8]] = [:]
            let wanted = Set(anchors.map(\.position))
            let walkAll = PostgresQuery(unsafeSQL: "SELECT \(Self.columns) FROM events ORDER BY position")
            let rows = try await connection.query(walkAll, logger: logger)
            for try await row in rows where walk.firstBreak == nil {
                do {
                    let event = try RecordedEvent(postgres: row)
                    if wanted.contains(event.position) { anchoredHashes[event.position] = event.hash }
                    walk.check(event)
                } catch {
                    walk.firstBreak = ChainBreak(position: walk.head.position + 1, kind: .malformedRow, detail: "\(error)")
                }
            }
            var result = ChainVerification(
                head: walk.head, eventCount: walk.count, firstBreak: walk.firstBreak, anchorHeld: nil, warnings: warnings)
            if let anchor {
                result.anchorHeld = ChainWalk.check(
                    anchor, genesis: genesisHash, storedHash: anchoredHashes[anchor.position], against: &result)
            }
            return result
        }
    }

    /// Immutability triggers that are missing or disabled.
    private func triggerWarnings(on connection: PostgresConnection) async throws -> [String] {
        let rows = try await connection.query("""
            SELECT t.tgname, t.tgenabled::text FROM pg_catalog.pg_trigger t
             WHERE NOT t.tgisinternal AND t.tgrelid IN (to_regclass('events'), to_regclass('strata_store'))
            """, logger: logger).collect()
        var enabled: [String: Bool] = [:]
        for row in rows {
            let (name, state) = try row.decode((String, String).self)
            enabled[name] = state != "D"
        }
        return PostgresSchema.triggers.compactMap { name in
            switch enabled[name] {
            case nil: "trigger \(name) is missing: the log no longer refuses edits by itself"
            case false?: "trigger \(name) is disabled: the log no longer refuses edits by itself"
            case true?: nil
            }
        }
    }
}
