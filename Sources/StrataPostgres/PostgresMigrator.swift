import Foundation
import Logging
import PostgresNIO
import Strata
import StrataMigrations

/// Brings a database's Strata schema up to this build's and reads the store's identity.
///
/// Everything runs in one transaction under an advisory lock, so two clients opening a new
/// store at once neither both migrate nor both mint an identity, and a failed migration leaves
/// the database as it was (PostgreSQL's DDL is transactional).
struct PostgresMigrator {
    let url: PostgresStoreURL
    let logger: Logger

    /// An arbitrary constant all Strata migrators agree on ("STRATA" in ASCII).
    static let lockKey: Int64 = 0x5354_5241_5441

    struct Identity: Sendable {
        var storeID: String
        var genesisHash: [UInt8]
    }

    func prepare(_ connection: PostgresConnection, creating: Bool) async throws -> Identity {
        let (hasLedger, tableCount) = try await inspect(connection)
        if !hasLedger, tableCount > 0 { throw PostgresStoreError.notAStrataStore(url: url.redacted) }
        if !hasLedger, !creating { throw PostgresStoreError.emptyDatabase(url: url.redacted) }
        return try await connection.inTransaction(logger: logger) {
            try await connection.query("SELECT pg_advisory_xact_lock(\(Self.lockKey))", logger: logger)
            // Another client may have created the store since the look above.
            try await migrate(connection, hasLedger: try await inspect(connection).0)
            return try await identity(connection)
        }
    }

    /// Whether the migration ledger exists, and how many relations the current schema holds.
    private func inspect(_ connection: PostgresConnection) async throws -> (Bool, Int64) {
        let rows = try await connection.query("""
            SELECT to_regclass('strata_migrations') IS NOT NULL,
                   (SELECT count(*) FROM pg_catalog.pg_class c JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
                     WHERE n.nspname = current_schema() AND c.relkind IN ('r', 'v', 'm', 'p', 'f'))
            """, logger: logger)
        return try await rows.collect().first.map { try $0.decode((Bool, Int64).self) } ?? (false, 0)
    }

    private func migrate(_ connection: PostgresConnection, hasLedger: Bool) async throws {
        var applied: [Int: String] = [:]
        if hasLedger {
            let rows = try await connection.query("SELECT version, checksum FROM strata_migrations", logger: logger).collect()
            for row in rows {
                let (version, checksum) = try row.decode((Int64, String).self)
                applied[Int(version)] = checksum
            }
        }
        let current = applied.keys.max() ?? 0
        guard current <= PostgresSchema.latestVersion else {
            throw PostgresStoreError.newerSchema(url: url.redacted, found: current, supported: PostgresSchema.latestVersion)
        }
        for migration in PostgresSchema.migrations {
            let checksum = SchemaMigrator.checksum(of: migration)
            if let recorded = applied[migration.version] {
                guard recorded == checksum else {
                    throw PostgresStoreError.migrationChanged(url: url.redacted, version: migration.version, name: migration.name)
                }
                continue
            }
            for statement in PostgresSchema.statements(of: migration.sql) {
                try await connection.query(PostgresQuery(unsafeSQL: statement), logger: logger)
            }
            try await connection.query("""
                INSERT INTO strata_migrations (version, name, checksum) VALUES (\(Int64(migration.version)), \(migration.name), \(checksum))
                """, logger: logger)
        }
    }

    /// The store's identity, minted now for a new store. A store that holds events but lost its
    /// identity is damaged: a new identity would re-chain it and hide that.
    private func identity(_ connection: PostgresConnection) async throws -> Identity {
        if let identity = try await storedIdentity(connection) { return identity }
        let events = try await connection.query("SELECT EXISTS (SELECT 1 FROM events)", logger: logger).collect()
        if try events.first?.decode(Bool.self) == true {
            throw PostgresStoreError.damaged(url: url.redacted, detail: "its identity row (strata_store) is gone although the log holds events")
        }
        let storeID = EventID.make()
        let genesis = ByteBuffer(bytes: EventHasher.genesis(storeID: storeID))
        try await connection.query("""
            INSERT INTO strata_store (store_id, created_at, hash_alg, genesis_hash)
            VALUES (\(storeID), \(Timestamp.now().microseconds), 'sha256', \(genesis))
            """, logger: logger)
        guard let identity = try await storedIdentity(connection) else {
            throw PostgresStoreError.damaged(url: url.redacted, detail: "its identity row could not be written")
        }
        return identity
    }

    private func storedIdentity(_ connection: PostgresConnection) async throws -> Identity? {
        let rows = try await connection.query("SELECT store_id, genesis_hash FROM strata_store", logger: logger).collect()
        guard let row = rows.first else { return nil }
        let (storeID, genesis) = try row.decode((String, ByteBuffer).self)
        return Identity(storeID: storeID, genesisHash: Array(genesis.readableBytesView))
    }
}
