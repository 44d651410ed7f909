import Foundation
import Strata
@testable import StrataPostgres
import StrataTestSupport
import Testing

/// Store URLs and passwords follow libpq's conventions, so what works with `psql` works here.
@Suite struct PostgresStoreURLTests {
    @Test func parsesEveryPartAndDefaultsTheRestAsLibpqDoes() throws {
        let full = try PostgresStoreURL(parsing: "postgresql://ann:s%40cret@db.example:6543/team?sslmode=verify-full")
        #expect(full == PostgresStoreURL(user: "ann", password: "s@cret", host: "db.example", port: 6543, database: "team", sslMode: .verifyFull))
        #expect(full.redacted == "postgres://ann@db.example:6543/team")
        let bare = try PostgresStoreURL(parsing: "postgres://bob@")
        #expect(bare == PostgresStoreURL(user: "bob", host: "localhost", port: 5432, database: "bob", sslMode: .prefer))
        let socket = try PostgresStoreURL(parsing: "postgres://carol@/team?host=/var/run/postgresql")
        #expect(socket.usesSocket && socket.host == "/var/run/postgresql" && socket.database == "team")
    }

    @Test(arguments: [
        ("mysql://ann@host/db", "postgres://"), ("postgres://host/db", "names no user"),
        ("postgres://ann@host/db?sslmode=sometimes", "sslmode must be one of"), ("postgres://ann@host/db?pool=3", "'pool'"),
        ("postgres://ann:hunter2@host/a/b", "database name alone"),
    ])
    func refusesMalformedURLsWithoutEchoingThePassword(text: String, reason: String) throws {
        let error = #expect(throws: PostgresStoreError.self) { try PostgresStoreURL(parsing: text) }
        #expect(error?.code == "postgres-invalid-url")
        #expect(error.map { "\($0)".contains(reason) } == true, "\(String(describing: error))")
        #expect(error.map { "\($0)".contains("hunter2") } == false)
    }

    @Test func passwordComesFromTheURLThenPGPASSWORDThenThePasswordFile() throws {
        let directory = try TemporaryDirectory(prefix: "strata-pgpass")
        let file = try directory.write("pgpass", """
            # comments and malformed lines are skipped
            other.example:5432:*:ann:wrong
            db.example:5432:team:ann:from\\:file\\\\
            *:*:*:*:fallback
            """)
        _ = chmod(file, 0o600)
        let url = try PostgresStoreURL(parsing: "postgres://ann@db.example/team")
        #expect(PostgresPassword.resolve(for: url, environment: ["PGPASSFILE": file]) == #"from:file\"#)
        #expect(PostgresPassword.resolve(for: url, environment: ["PGPASSFILE": file, "PGPASSWORD": "env"]) == "env")
        let inline = try PostgresStoreURL(parsing: "postgres://ann:inline@db.example/team")
        #expect(PostgresPassword.resolve(for: inline, environment: ["PGPASSFILE": file, "PGPASSWORD": "env"]) == "inline")
        let elsewhere = try PostgresStoreURL(parsing: "postgres://dan@else.example:7000/x")
        #expect(PostgresPassword.resolve(for: elsewhere, environment: ["PGPASSFILE": file]) == "fallback")
        // A file others can read is ignored, as libpq ignores it.
        _ = chmod(file, 0o644)
        #expect(PostgresPassword.resolve(for: url, environment: ["PGPASSFILE": file]) == nil)
    }

    @Test func migrationTextSplitsIntoWholeStatements() {
        let statements = PostgresSchema.statements(of: PostgresSchema.v1.sql)
        #expect(statements.count == PostgresSchema.v1.sql.components(separatedBy: "CREATE ").count - 1)
        #expect(statements.contains { $0.contains("LOCK TABLE events IN EXCLUSIVE MODE;") && $0.contains("SECURITY DEFINER") })
        #expect(statements.allSatisfy { $0.contains("CREATE ") })
    }
}
