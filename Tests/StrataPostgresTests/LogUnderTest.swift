import Foundation
import GRDB
import Strata
import StrataPostgres
import StrataTestSupport
import Testing

/// The event-log backends the contract suite runs against.
enum Backend: String, CaseIterable, Sendable, CustomTestStringConvertible {
    case sqlite, postgres

    var testDescription: String { rawValue }
}

/// A fresh, empty log of one backend, with the means to reach under it as an administrator
/// (or an attacker) would: raw SQL that bypasses Strata.
final class LogUnderTest: Sendable {
    let backend: Backend
    let log: any EventLog
    private let directory: TemporaryDirectory?
    let cluster: PostgresCluster?
    let database: String?

    private init(backend: Backend, log: any EventLog, directory: TemporaryDirectory?, cluster: PostgresCluster?, database: String?) {
        self.backend = backend
        self.log = log
        self.directory = directory
        self.cluster = cluster
        self.database = database
    }

    /// A new store of `backend`; nil when the backend cannot run here (a note says why).
    static func make(_ backend: Backend, sourceLocation: SourceLocation = #_sourceLocation) async throws -> LogUnderTest? {
        switch backend {
        case .sqlite:
            let directory = try TemporaryDirectory(prefix: "strata-contract")
            let log = try SQLiteEventLog.create(at: directory.path("store.sqlite"))
            return LogUnderTest(backend: backend, log: log, directory: directory, cluster: nil, database: nil)
        case .postgres:
            guard let cluster = await PostgresCluster.available(sourceLocation: sourceLocation) else { return nil }
            let database = try await cluster.createDatabase()
            let log = try await PostgresEventLog.create(url: PostgresStoreURL(parsing: cluster.url(database: database)))
            return LogUnderTest(backend: backend, log: log, directory: nil, cluster: cluster, database: database)
        }
    }

    /// Another handle on the same store, as a second process would open it.
    func reopen() async throws -> any EventLog {
        switch backend {
        case .sqlite: try SQLiteEventLog.open(at: sqlitePath)
        case .postgres: try await PostgresEventLog.open(url: postgresURL)
        }
    }

    var sqlitePath: String { directory?.path("store.sqlite") ?? "" }

    var postgresURL: PostgresStoreURL {
        get throws { try PostgresStoreURL(parsing: cluster?.url(database: database ?? "") ?? "") }
    }

    /// Runs `sql` directly on the store, outside Strata: nil when it succeeded, else the refusal.
    func raw(_ sql: String) async throws -> String? {
        switch backend {
        case .sqlite:
            let queue = try DatabaseQueue(path: sqlitePath)
            do {
                try await queue.writeWithoutTransaction { try $0.execute(sql: sql) }
                return nil
            } catch let error as DatabaseError {
                return error.message ?? "\(error)"
            }
        case .postgres:
            let cluster = try #require(cluster), database = try #require(database)
            let result = try await cluster.psql(sql, database: database)
            return result.status == 0 ? nil : result.stderr
        }
    }

    /// Closes `log` when its backend holds connections.
    func close(_ other: any EventLog) async {
        await (other as? PostgresEventLog)?.close()
    }

    func close() async { await close(log) }
}

/// Runs `body` on a fresh store of `backend`, closing it however `body` ends; skips (with a
/// note) when the backend cannot run here and the tests are not under CI.
func withLog(
    _ backend: Backend, sourceLocation: SourceLocation = #_sourceLocation, _ body: (LogUnderTest) async throws -> Void
) async throws {
    guard let subject = try await LogUnderTest.make(backend, sourceLocation: sourceLocation) else { return }
    do {
        try await body(subject)
    } catch {
        await subject.close()
        throw error
    }
    await subject.close()
}

/// Events for the contract tests: a type and a small JSON payload with a fresh id.
func event(_ type: String = "test.happened", _ data: String = #"{"n":1}"#, effectiveAt: Timestamp? = nil) -> NewEvent {
    NewEvent(eventType: type, data: data, effectiveAt: effectiveAt)
}

let contractMetadata = EventMetadata(actor: "contract-test", commandID: EventID.make(), toolVersion: "contract")
