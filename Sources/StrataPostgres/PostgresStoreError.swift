import Strata

/// Why a team store on PostgreSQL could not be reached or used.
///
/// Failures every backend shares (a version conflict, an idempotency clash, a malformed event, a
/// write the log's triggers refused) are ``EventLogError``s, the same as on SQLite; these are the
/// ones only a server has. Each has a stable ``code`` for faces and scripts, and a one-line
/// `description` that names the store by its URL without the password.
public enum PostgresStoreError: Error, Equatable, Sendable {
    /// The URL does not have the shape `postgres://user@host:port/db`.
    case invalidURL(text: String, reason: String)
    /// Nothing answered at the host and port (or socket), or not within the timeout.
    case unreachable(url: String, detail: String)
    /// The server refused the user or password.
    case authenticationFailed(url: String)
    /// The server has no database of that name.
    case databaseMissing(url: String)
    /// TLS was required but could not be set up.
    case tlsFailed(url: String, detail: String)
    /// The database holds tables, but not a Strata store's.
    case notAStrataStore(url: String)
    /// The database is empty: no store was created in it yet.
    case emptyDatabase(url: String)
    /// The store's schema was written by a newer Strata.
    case newerSchema(url: String, found: Int, supported: Int)
    /// An applied migration's recorded checksum differs from this build's text of it.
    case migrationChanged(url: String, version: Int, name: String)
    /// The store is inconsistent in a way a sound store never is.
    case damaged(url: String, detail: String)
    /// The connection broke while a command was in flight; its outcome is unknown, so retry it
    /// with the same event ids.
    case connectionLost(url: String)
    /// The server gave no answer within the deadline; as with a lost connection, the command's
    /// outcome is unknown.
    case timedOut(url: String, seconds: Int)
    /// The role lacks a privilege the command needs.
    case permissionDenied(url: String, detail: String)
    /// A push needs an empty team store, and this one holds events.
    case pushTargetNotEmpty(url: String, events: Int64)
    /// A push refuses a source whose own chain does not verify.
    case pushSourceUnsound(path: String, detail: String)
    /// Any other server error, with its SQLSTATE and the server's own words.
    case server(url: String, sqlState: String, message: String)

    /// A stable identifier for the kind of failure; never renamed once published.
    public var code: String {
        switch self {
        case .invalidURL: "postgres-invalid-url"
        case .unreachable: "postgres-unreachable"
        case .authenticationFailed: "postgres-authentication-failed"
        case .databaseMissing: "postgres-database-missing"
        case .tlsFailed: "postgres-tls-failed"
        case .notAStrataStore: "postgres-not-a-store"
        case .emptyDatabase: "postgres-empty-database"
        case .newerSchema: "postgres-newer-schema"
        case .migrationChanged: "postgres-migration-changed"
        case .damaged: "postgres-store-damaged"
        case .connectionLost: "postgres-connection-lost"
        case .timedOut: "postgres-timed-out"
        case .permissionDenied: "postgres-permission-denied"
        case .pushTargetNotEmpty: "postgres-push-target-not-empty"
        case .pushSourceUnsound: "postgres-push-source-unsound"
        case .server: "postgres-server-error"
        }
    }
}

extension PostgresStoreError: CustomStringConvertible {
    public var description: String {
        switch self {
        case let .invalidURL(text, reason):
            "\(text) is not a PostgreSQL store URL: \(reason)"
        case let .unreachable(url, detail):
            "no PostgreSQL server answered for \(url) (\(detail)); check the host and port, and that the server runs"
        case let .authenticationFailed(url):
            "the PostgreSQL server refused the user or password of \(url); check PGPASSWORD, ~/.pgpass or the URL"
        case let .databaseMissing(url):
            "the PostgreSQL server has no database named in \(url); create it (createdb), then run strata init"
        case let .tlsFailed(url, detail):
            "TLS to \(url) failed (\(detail)); check sslmode and the server's certificate"
        case let .notAStrataStore(url):
            "\(url) holds tables but is not a Strata store; nothing was changed"
        case let .emptyDatabase(url):
            "\(url) is an empty database, not a Strata store yet; run strata init on it"
        case let .newerSchema(url, found, supported):
            "\(url) was written by a newer strata (schema v\(found), this build knows v\(supported)); upgrade strata"
        case let .migrationChanged(url, version, name):
            "\(url) was built with a different migration \(version) (\(name)) than this strata has; use the strata release that created it"
        case let .damaged(url, detail):
            "\(url) is damaged (\(detail)); restore it from a backup, then verify it"
        case let .connectionLost(url):
            "the connection to \(url) broke mid-command, so its outcome is unknown; retry it"
        case let .timedOut(url, seconds):
            "\(url) gave no answer within \(seconds) s, so the command's outcome is unknown; check the server, then retry it"
        case let .permissionDenied(url, detail):
            "the role of \(url) may not do this (\(detail)); see the grants a Strata role needs"
        case let .pushTargetNotEmpty(url, events):
            "\(url) already holds \(events) events; a store is pushed only into an empty one. Nothing was copied"
        case let .pushSourceUnsound(path, detail):
            "\(path) does not verify (\(detail)); repair or restore it before pushing. Nothing was copied"
        case let .server(url, sqlState, message):
            "PostgreSQL error \(sqlState) on \(url): \(message)"
        }
    }
}
