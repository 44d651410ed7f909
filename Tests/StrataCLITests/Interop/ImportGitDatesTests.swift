import Foundation
import Testing
import StrataTestSupport

/// Issue 15: a record without a `Date:` line takes the date of the commit that added its file.
@Suite struct ImportGitDatesTests {
    private static let undated = "# 1. Use Kafka\n\n## Status\n\nAccepted\n\n## Context\n\nEvents.\n"

    private func git(_ arguments: [String], in directory: URL, date: String = "2019-06-01T10:00:00+00:00") throws {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["git", "-C", directory.path] + arguments
        process.environment = StrataBinary.environment([
            "GIT_AUTHOR_NAME": "Ann", "GIT_AUTHOR_EMAIL": "ann@example.com", "GIT_AUTHOR_DATE": date,
            "GIT_COMMITTER_NAME": "Ann", "GIT_COMMITTER_EMAIL": "ann@example.com", "GIT_COMMITTER_DATE": date,
            "GIT_CONFIG_NOSYSTEM": "1", "HOME": directory.path,
        ])
        let result = try StrataBinary.capture(process, in: directory)
        #expect(result.status == 0, "\(result)")
    }

    @Test func inGitTheDateIsTheAddingCommitsAndOutsideGitTodaysEachSaidInTheReport() throws {
        let workspace = try DomainWorkspace()
        defer { workspace.remove() }
        let repository = workspace.url.appendingPathComponent("repo")
        let directory = repository.appendingPathComponent("doc/adr")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        try Self.undated.write(to: directory.appendingPathComponent("0001-use-kafka.md"), atomically: true, encoding: .utf8)
        try git(["init", "-q"], in: repository)
        try git(["add", "."], in: repository)
        try git(["commit", "-q", "-m", "Record ADR 1"], in: repository)
        let output = expectOK(try workspace.run("import", directory.path))
        #expect(output.contains("0001-use-kafka.md: no date; took 2019-06-01 from the git commit that added the file"), "\(output)")
        #expect(expectOK(try workspace.strata("history", "ADR-1")).contains("2019-06-01"))
        let valid = expectOK(try workspace.strata("show", "ADR-1", "--valid-at", "2019-06-02"))
        #expect(valid.contains("Use Kafka"))

        let plain = try workspace.directory("plain", ["0002-use-redis.md": Self.undated.replacingOccurrences(of: "1. Use Kafka", with: "2. Use Redis")])
        let today = expectOK(try workspace.run("import", plain))
        #expect(today.contains("0002-use-redis.md: no date; it takes effect today, when imported, as the directory is not in a git repository"), "\(today)")
    }
}
