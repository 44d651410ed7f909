import Logging
import PostgresNIO
import Strata

/// The few connections one log keeps open to its server, opened on demand and reused.
///
/// A connection that failed in any way other than a refusal by the log is closed rather than
/// reused, so a broken socket or an aborted transaction never leaks into the next command.
/// Each new connection is opened directly, so an unreachable server or a wrong password is
/// reported at once instead of after a pool's retries.
actor PostgresConnections {
    private let configuration: PostgresConnection.Configuration
    private let url: PostgresStoreURL
    private let logger: Logger
    private var idle: [(connection: PostgresConnection, since: ContinuousClock.Instant)] = []
    private var nextID = 1
    private var isClosed = false

    init(configuration: PostgresConnection.Configuration, url: PostgresStoreURL, logger: Logger) {
        self.configuration = configuration
        self.url = url
        self.logger = logger
    }

    func lease() async throws -> PostgresConnection {
        if isClosed { throw PostgresStoreError.connectionLost(url: url.redacted) }
        while let (connection, since) = idle.popLast() {
            if connection.isClosed { continue }
            if ContinuousClock.now - since < .seconds(1) { return connection }
            if await Self.answers(connection, logger: logger) { return connection }
            // Closed without waiting: on such a connection the close may never complete either.
            Task { try? await connection.close() }
        }
        let id = nextID
        nextID += 1
        do {
            return try await PostgresConnection.connect(configuration: configuration, id: id, logger: logger)
        } catch {
            throw PostgresStoreError.from(error, url: url, connecting: true)
        }
    }

    func release(_ connection: PostgresConnection, reusable: Bool) async {
        if reusable, !isClosed, !connection.isClosed, idle.count < 8 {
            idle.append((connection, ContinuousClock.now))
        } else {
            try? await connection.close()
        }
    }

    /// Closes every idle connection; leased ones close when they come back.
    func close() async {
        isClosed = true
        let connections = idle
        idle = []
        for (connection, _) in connections { try? await connection.close() }
    }

    /// Whether a connection that sat idle still answers. When the server ends an idle session
    /// (a restart, an idle timeout, `pg_terminate_backend`), PostgresNIO may neither report it
    /// closed nor ever answer its next query; a ping with a deadline finds out first.
    private static func answers(_ connection: PostgresConnection, logger: Logger) async -> Bool {
        await withDeadline(seconds: 2) { (try? await connection.query("SELECT 1", logger: logger)) != nil } ?? false
    }

    /// Runs `body` on a leased connection, translating failures into the store's errors.
    nonisolated func with<T: Sendable>(_ body: (PostgresConnection) async throws -> T) async throws -> T {
        let connection = try await lease()
        do {
            let result = try await body(connection)
            await release(connection, reusable: true)
            return result
        } catch {
            // A refusal by the log leaves the connection sound (its transaction was rolled back).
            await release(connection, reusable: error is EventLogError || error is DuplicateEventID)
            throw PostgresStoreError.from(error, url: url, connecting: false)
        }
    }

    /// Runs `body` in a transaction: committed when it returns, rolled back when it throws.
    nonisolated func transaction<T: Sendable>(_ body: (PostgresConnection) async throws -> T) async throws -> T {
        try await with { connection in
            try await connection.inTransaction(logger: logger) { try await body(connection) }
        }
    }
}

extension PostgresConnection {
    /// Runs `body` between BEGIN and COMMIT, rolling back when it throws. Unlike PostgresNIO's
    /// `withTransaction`, the error `body` threw comes out unwrapped, so callers can match it.
    func inTransaction<T: Sendable>(logger: Logger, _ body: () async throws -> T) async throws -> T {
        try await query("BEGIN", logger: logger)
        do {
            let result = try await body()
            try await query("COMMIT", logger: logger)
            return result
        } catch {
            _ = try? await query("ROLLBACK", logger: logger)
            throw error
        }
    }
}
