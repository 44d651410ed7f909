import Foundation
import GRDB
import Testing
import StrataTestSupport

/// Issue 15: `strata import --git` replays a collection's git history as its real past.
@Suite struct ImportGitReplayTests {
    /// A repository whose commits are dated and signed by `author`.
    private struct Repository {
        let url: URL

        func commit(_ message: String, by author: String, at date: String, _ change: (URL) throws -> Void) throws {
            try change(url)
            try git(["add", "-A"], by: author, at: date)
            try git(["commit", "-q", "-m", message], by: author, at: date)
        }

        func git(_ arguments: [String], by author: String = "Ann", at date: String = "2019-01-01T09:00:00+00:00") throws {
            let process = Process()
            process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
            process.arguments = ["git", "-C", url.path] + arguments
            let email = "\(author.lowercased())@example.com"
            process.environment = StrataBinary.environment([
                "GIT_AUTHOR_NAME": author, "GIT_AUTHOR_EMAIL": email, "GIT_AUTHOR_DATE": date,
                "GIT_COMMITTER_NAME": author, "GIT_COMMITTER_EMAIL": email, "GIT_COMMITTER_DATE": date,
                "GIT_CONFIG_NOSYSTEM": "1", "HOME": url.path,
            ])
            let result = try StrataBinary.capture(process, in: url)
            #expect(result.status == 0, "\(result)")
        }
    }

    private static func record(_ number: Int, _ title: String, _ status: String) -> String {
        "# \(number). \(title)\n\n## Status\n\n\(status)\n\n## Context\n\n\(title) matters.\n"
    }

    private func write(_ text: String, _ name: String, in directory: URL) throws {
        try text.write(to: directory.appendingPathComponent(name), atomically: true, encoding: .utf8)
    }

    @Test func aHistoryByTwoAuthorsIsReplayedAtItsAuthorDatesAndFollowsRenames() throws {
        let workspace = try DomainWorkspace()
        defer { workspace.remove() }
        let repository = Repository(url: workspace.url.appendingPathComponent("repo"))
        let adr = repository.url.appendingPathComponent("doc/adr")
        try FileManager.default.createDirectory(at: adr, withIntermediateDirectories: true)
        try repository.git(["init", "-q"])
        try repository.commit("Propose Postgres", by: "Ann", at: "2019-03-01T10:00:00+00:00") { _ in
            try write(Self.record(1, "Use PostgreSQL", "Proposed"), "0001-use-postgresql.md", in: adr)
            try write(Self.record(2, "Cache reads", "Proposed"), "0002-cache.md", in: adr)
        }
        try repository.commit("Accept Postgres", by: "Bob", at: "2019-05-01T10:00:00+00:00") { _ in
            try write(Self.record(1, "Use PostgreSQL", "Accepted"), "0001-use-postgresql.md", in: adr)
        }
        try repository.commit("Rename and accept the cache", by: "Ann", at: "2019-07-01T10:00:00+00:00") { _ in
            try FileManager.default.removeItem(at: adr.appendingPathComponent("0002-cache.md"))
            try write(Self.record(2, "Cache reads", "Accepted"), "0002-cache-reads.md", in: adr)
        }
        // Rebased onto the branch later, but written first: replayed by its author date.
        try repository.commit("An old idea", by: "Bob", at: "2019-02-01T10:00:00+00:00") { _ in
            try write(Self.record(3, "Shard early", "Rejected"), "0003-shard-early.md", in: adr)
        }

        let preview = expectOK(try workspace.run("import", adr.path, "--git", "--dry-run"))
        #expect(preview.hasSuffix("4 commits would be replayed; 11 events would be recorded (dry run: nothing was written)\n"), "\(preview)")
        #expect(try workspace.eventTypes().isEmpty)

        let output = expectOK(try workspace.run("import", adr.path, "--git"))
        // ADR-3 comes first and reserves 1 and 2, which the records of the next commit then claim.
        #expect(output.hasSuffix("4 commits replayed; 11 events recorded\n"), "\(output)")
        let steps = output.split(separator: "\n").map(String.init)
        #expect(steps.count == 5 && steps[0].contains("2019-02-01 Bob") && steps[1].contains("2019-03-01 Ann"), "\(output)")
        #expect(steps[3].contains("2019-07-01 Ann") && steps[3].hasSuffix("0 new, 1 changed; 1 event"), "the rename kept the record")
        #expect(try workspace.index() == ["ADR-1 accepted Use PostgreSQL", "ADR-2 accepted Cache reads", "ADR-3 rejected Shard early"])

        let spring = expectOK(try workspace.strata("show", "ADR-1", "--valid-at", "2019-04-01"))
        #expect(spring.contains("proposed"), "\(spring)")
        let summer = expectOK(try workspace.strata("show", "ADR-1", "--valid-at", "2019-06-01"))
        #expect(summer.contains("accepted"), "\(summer)")
        let april = expectOK(try workspace.strata("log", "--valid-at", "2019-04-01"))
        #expect(april.contains("ADR-1") && april.contains("ADR-2") && !april.contains("accepted"), "\(april)")
        let august = expectOK(try workspace.strata("log", "--valid-at", "2019-08-01", "--status", "accepted"))
        #expect(august.contains("ADR-1") && august.contains("ADR-2") && !august.contains("ADR-3"), "\(august)")
        let history = expectOK(try workspace.strata("history", "ADR-2"))
        #expect(history.contains("2019-03-01") && history.contains("2019-07-01"), "\(history)")
        let actors = try DatabaseQueue(path: workspace.store).read { db in
            try Row.fetchAll(db, sql: """
                SELECT event_type, json_extract(metadata, '$.actor') AS actor, json_extract(metadata, '$.correlationID') AS git
                FROM events WHERE event_type = 'decision.accepted' ORDER BY position
                """).map { "\($0["actor"] as String) \(($0["git"] as String).hasPrefix("git:"))" }
        }
        #expect(actors == ["Bob true", "Ann true"])

        // Replaying again adds nothing; neither does reading the files once at HEAD.
        let again = expectOK(try workspace.run("import", adr.path, "--git"))
        #expect(again.hasSuffix("0 commits replayed (4 already replayed before); 0 events recorded\n"), "\(again)")
        let plain = expectOK(try workspace.run("import", adr.path))
        #expect(plain.hasSuffix("0 new, 3 already present; 0 events recorded\n"), "\(plain)")
    }

    @Test func aDirectoryOutsideGitIsRefusedInOneLine() throws {
        let workspace = try DomainWorkspace()
        defer { workspace.remove() }
        let directory = try workspace.directory("adr", ["0001-first.md": InteropSamples.adrTools(1, "First")])
        let result = try workspace.run("import", directory, "--git")
        expectError(result, exit: 2, mentioning: ["is not in a git repository; import it without --git"])
        #expect(try workspace.eventTypes().isEmpty)
    }
}
