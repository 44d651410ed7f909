import Foundation
import Strata
import StrataPostgres
import StrataTestSupport
import Testing

/// What only the PostgreSQL backend has: a server to reach, a schema to recognise, a lock that
/// serialises appenders across machines, a server clock, and roles with few privileges.
@Suite struct PostgresEventLogTests {
    private func store() async throws -> (PostgresCluster, String)? {
        guard let cluster = await PostgresCluster.available() else { return nil }
        return (cluster, try await cluster.createDatabase())
    }

    private func refusal(_ url: String) async -> PostgresStoreError? {
        await #expect(throws: PostgresStoreError.self) {
            let log = try await PostgresEventLog.create(url: try PostgresStoreURL(parsing: url))
            await log.close()
        }
    }

    @Test func connectionFailuresAreOneLineErrorsWithStableCodes() async throws {
        guard let (cluster, database) = try await store() else { return }
        let wrongPassword = await refusal(cluster.url(database: database, password: "not-the-password"))
        #expect(wrongPassword?.code == "postgres-authentication-failed")
        let missing = await refusal(cluster.url(database: "no_such_database"))
        #expect(missing?.code == "postgres-database-missing")
        // A port nothing listens on: the cluster's own, plus one, is free unless by chance.
        let closed = await refusal("postgres://postgres@127.0.0.1:\(cluster.port + 1)/x?sslmode=disable")
        #expect(closed?.code == "postgres-unreachable")
        for error in [wrongPassword, missing, closed].compactMap({ $0 }) {
            #expect(!"\(error)".contains("\n"))
            #expect(!"\(error)".contains(cluster.password), "a message gave the password away")
        }
    }

    @Test func refusesADatabaseThatIsNotAStrataStoreOrIsNewer() async throws {
        guard let (cluster, database) = try await store() else { return }
        let url = try PostgresStoreURL(parsing: cluster.url(database: database))
        await #expect(throws: PostgresStoreError.emptyDatabase(url: url.redacted)) { _ = try await PostgresEventLog.open(url: url) }

        let foreign = try await cluster.createDatabase()
        #expect(try await cluster.psql("CREATE TABLE invoices (id int)", database: foreign).status == 0)
        let foreignURL = try PostgresStoreURL(parsing: cluster.url(database: foreign))
        await #expect(throws: PostgresStoreError.notAStrataStore(url: foreignURL.redacted)) {
            _ = try await PostgresEventLog.create(url: foreignURL)
        }
        #expect(try await cluster.psql("SELECT count(*) FROM pg_tables WHERE schemaname = 'public'", database: foreign).stdout == "1\n")

        let log = try await PostgresEventLog.create(url: url)
        let storeID = log.storeID
        await log.close()
        let again = try await PostgresEventLog.open(url: url)
        #expect(again.storeID == storeID)
        await again.close()

        #expect(try await cluster.psql("INSERT INTO strata_migrations (version, name, checksum) VALUES (99, 'v99-future', 'x')",
                                 database: database).status == 0)
        await #expect(throws: PostgresStoreError.newerSchema(url: url.redacted, found: 99, supported: 1)) {
            _ = try await PostgresEventLog.open(url: url)
        }
        #expect(try await cluster.psql("DELETE FROM strata_migrations WHERE version = 99; UPDATE strata_migrations SET checksum = 'edited'",
                                 database: database).status == 0)
        await #expect(throws: PostgresStoreError.migrationChanged(url: url.redacted, version: 1, name: "v1-create-event-log")) {
            _ = try await PostgresEventLog.open(url: url)
        }
    }

    @Test func clientsCreatingOneStoreAtOnceShareOneIdentity() async throws {
        guard let (cluster, database) = try await store() else { return }
        let url = try PostgresStoreURL(parsing: cluster.url(database: database))
        let identities = try await withThrowingTaskGroup(of: String.self) { group in
            for _ in 0..<4 {
                group.addTask {
                    let log = try await PostgresEventLog.create(url: url)
                    await log.close()
                    return log.storeID
                }
            }
            return try await group.reduce(into: Set<String>()) { $0.insert($1) }
        }
        #expect(identities.count == 1)
        #expect(try await cluster.psql("SELECT count(*) FROM strata_migrations", database: database).stdout == "1\n")
    }

    @Test func anAppendWaitsForTheAppendLockWhileReadsDoNot() async throws {
        guard let (cluster, database) = try await store() else { return }
        let log = try await PostgresEventLog.create(url: try PostgresStoreURL(parsing: cluster.url(database: database)))
        try await log.append([event()], to: "lock-1", expected: .noStream, metadata: contractMetadata)
        let holder = try cluster.psqlInBackground("BEGIN; SELECT strata_lock_log(); SELECT pg_sleep(1.5); COMMIT;", database: database)
        let locked = "SELECT count(*) FROM pg_locks WHERE relation = 'events'::regclass AND mode = 'ExclusiveLock' AND granted"
        let deadline = ContinuousClock.now + .seconds(20)
        while try await cluster.psql(locked, database: database).stdout != "1\n", ContinuousClock.now < deadline {
            try await Task.sleep(for: .milliseconds(20))
        }
        let start = ContinuousClock.now
        #expect(try await log.events(.all).count == 1)
        let readTime = ContinuousClock.now - start
        try await log.append([event()], to: "lock-1", expected: .exact(1), metadata: contractMetadata)
        let appendTime = ContinuousClock.now - start - readTime
        while holder.isRunning { try await Task.sleep(for: .milliseconds(20)) }
        await log.close()
        #expect(holder.terminationStatus == 0)
        #expect(readTime < .milliseconds(700), "a read waited for the append lock: \(readTime)")
        #expect(appendTime > .milliseconds(500), "the append did not wait for the lock: \(appendTime)")
    }

    @Test func recordedTimeHoldsAtTheHeadWhenTheServerClockReadsBehindIt() async throws {
        guard let (cluster, database) = try await store() else { return }
        let log = try await PostgresEventLog.create(url: try PostgresStoreURL(parsing: cluster.url(database: database)))
        try await log.append([event()], to: "time-1", expected: .noStream, metadata: contractMetadata)
        // Pretend a client with a fast clock wrote the head: five minutes ahead of the server.
        let ahead = Timestamp.now().microseconds + 300_000_000
        #expect(try await cluster.psql("ALTER TABLE events DISABLE TRIGGER events_no_update; UPDATE events SET recorded_at = \(ahead)",
                                 database: database).status == 0)
        try await log.append([event()], to: "time-1", expected: .exact(1), metadata: contractMetadata)
        let stored = try await log.events(.all)
        #expect(stored.map(\.recordedAt.microseconds) == [ahead, ahead])
        #expect(stored[1].effectiveAt.microseconds < ahead, "the effective time is the server's own reading")
        // Far beyond the allowed skew the server's clock is taken to be wrong: nothing is written.
        let farAhead = Timestamp.now().microseconds + 7_200_000_000
        #expect(try await cluster.psql("UPDATE events SET recorded_at = \(farAhead)", database: database).status == 0)
        await #expect {
            try await log.append([event()], to: "time-1", expected: .exact(2), metadata: contractMetadata)
        } throws: { error in
            guard case EventLogError.clockBehind = error else { return false }
            return true
        }
        #expect(try await log.head().position == 2)
        await log.close()
    }

    @Test func aRoleWithTheDocumentedGrantsAppendsAndReadsButCannotEdit() async throws {
        guard let (cluster, database) = try await store() else { return }
        let owner = try await PostgresEventLog.create(url: try PostgresStoreURL(parsing: cluster.url(database: database)))
        await owner.close()
        let role = "strata_\(database.suffix(8))", secret = UUID().uuidString
        let grants = """
            CREATE ROLE \(role) LOGIN PASSWORD '\(secret)';
            GRANT CONNECT ON DATABASE \(database) TO \(role);
            GRANT USAGE ON SCHEMA public TO \(role);
            GRANT SELECT, INSERT ON events, strata_store TO \(role);
            GRANT SELECT ON strata_migrations TO \(role);
            GRANT EXECUTE ON FUNCTION strata_lock_log() TO \(role);
            """
        #expect(try await cluster.psql(grants, database: database).status == 0)
        let url = try PostgresStoreURL(parsing: "postgres://\(role):\(secret)@127.0.0.1:\(cluster.port)/\(database)?sslmode=disable")
        let log = try await PostgresEventLog.open(url: url)
        try await log.append([event(), event()], to: "grant-1", expected: .noStream, metadata: contractMetadata)
        #expect(try await log.events(.all).count == 2)
        #expect(try await log.verify(anchor: nil).isSound)
        await log.close()
        // Even with every trigger gone, the role itself may not change a row.
        #expect(try await cluster.psql("ALTER TABLE events DISABLE TRIGGER USER", database: database).status == 0)
        for sql in ["UPDATE events SET data = '{}'", "DELETE FROM events", "TRUNCATE events"] {
            let result = try await cluster.psql("SET ROLE \(role); \(sql)", database: database)
            #expect(result.status != 0 && result.stderr.contains("permission denied"), "\(sql): \(result)")
        }
    }
}
