import Foundation
import Logging
import PostgresNIO
import Strata

/// The event log of a team store: one PostgreSQL database that a whole organisation appends to.
///
/// It keeps every guarantee of ``SQLiteEventLog`` (see ``EventLog``) with many writers on many
/// machines. Appenders serialise on a table lock taken inside their transaction and number their
/// events from the committed head, so positions are gapless and follow commit order: a reader
/// of the global order never skips an event that commits late. Recorded time is the server's
/// `clock_timestamp()`, held at the head's when the server's clock reads behind it, so clients
/// with skewed clocks cannot disorder it. The hash chain is ``EventHasher``'s, so the same
/// events under the same identity hash alike on both backends.
///
/// ## Privileges
/// Create the store (`create(url:)`) as a role that owns the schema, then let the role Strata
/// runs as only read and append; the triggers refuse edits even to the owner, and the missing
/// privileges refuse them even with the triggers dropped:
///
/// ```sql
/// GRANT CONNECT ON DATABASE team TO strata;
/// GRANT USAGE ON SCHEMA public TO strata;
/// GRANT SELECT, INSERT ON events, strata_store TO strata;
/// GRANT SELECT ON strata_migrations TO strata;
/// GRANT EXECUTE ON FUNCTION strata_lock_log() TO strata;
/// ```
///
/// `strata_lock_log()` takes the append lock with its owner's rights, since `LOCK TABLE … IN
/// EXCLUSIVE MODE` needs UPDATE, DELETE or TRUNCATE, which the Strata role must not have.
public final class PostgresEventLog: EventLog {
    /// The store's address, password included only when the URL carried one.
    public let url: PostgresStoreURL
    public let storeID: String
    let genesisHash: [UInt8]
    let connections: PostgresConnections
    let logger: Logger

    private init(url: PostgresStoreURL, storeID: String, genesisHash: [UInt8], connections: PostgresConnections, logger: Logger) {
        self.url = url
        self.storeID = storeID
        self.genesisHash = genesisHash
        self.connections = connections
        self.logger = logger
    }

    /// Creates the store's schema and identity in an empty database, or opens the store already there.
    ///
    /// - Throws: ``PostgresStoreError`` when the server cannot be reached or refuses the login,
    ///   the database is missing, holds other tables, or holds a newer or different schema.
    public static func create(url: PostgresStoreURL) async throws -> PostgresEventLog {
        try await open(url: url, creating: true)
    }

    /// Opens an existing store, applying any migrations this build adds.
    ///
    /// - Throws: ``PostgresStoreError``, as ``create(url:)`` does, and
    ///   ``PostgresStoreError/emptyDatabase(url:)`` for a database no store was created in.
    public static func open(url: PostgresStoreURL) async throws -> PostgresEventLog {
        try await open(url: url, creating: false)
    }

    /// Closes the log's connections. The log must not be used afterwards.
    public func close() async {
        await connections.close()
    }

    private static func open(url: PostgresStoreURL, creating: Bool) async throws -> PostgresEventLog {
        let logger = Logger(label: "strata.postgres", factory: { _ in SwiftLogNoOpLogHandler() })
        let connections = PostgresConnections(configuration: try configuration(for: url), url: url, logger: logger)
        do {
            let identity = try await connections.with { connection in
                try await PostgresMigrator(url: url, logger: logger).prepare(connection, creating: creating)
            }
            return PostgresEventLog(
                url: url, storeID: identity.storeID, genesisHash: identity.genesisHash, connections: connections, logger: logger)
        } catch {
            await connections.close()
            throw error
        }
    }

    /// The connection settings a URL stands for, with the password found the libpq way.
    static func configuration(for url: PostgresStoreURL) throws -> PostgresConnection.Configuration {
        let password = PostgresPassword.resolve(for: url)
        var configuration: PostgresConnection.Configuration
        if url.usesSocket {
            let socket = (url.host as NSString).appendingPathComponent(".s.PGSQL.\(url.port)")
            configuration = .init(unixSocketPath: socket, username: url.user, password: password, database: url.database)
        } else {
            configuration = .init(
                host: url.host, port: url.port, username: url.user, password: password, database: url.database,
                tls: try tls(for: url))
        }
        configuration.options.connectTimeout = .seconds(10)
        return configuration
    }

    private static func tls(for url: PostgresStoreURL) throws -> PostgresConnection.Configuration.TLS {
        var settings = TLSConfiguration.makeClientConfiguration()
        switch url.sslMode {
        case .disable: return .disable
        case .allow, .prefer, .require: settings.certificateVerification = .none
        case .verifyCA: settings.certificateVerification = .noHostnameVerification
        case .verifyFull: settings.certificateVerification = .fullVerification
        }
        do {
            let context = try NIOSSLContext(configuration: settings)
            return url.sslMode == .allow || url.sslMode == .prefer ? .prefer(context) : .require(context)
        } catch {
            throw PostgresStoreError.tlsFailed(url: url.redacted, detail: "\(error)")
        }
    }
}
