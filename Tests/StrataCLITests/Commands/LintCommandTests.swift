import Foundation
import Testing
import StrataTestSupport

/// `strata lint PATH` over Markdown decision records written by the test.
struct LintCommandTests {
    private func collection(_ files: [String: String]) throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("strata-lint-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        for (name, text) in files { try text.write(to: url.appendingPathComponent(name), atomically: true, encoding: .utf8) }
        return url
    }

    private func record(_ number: Int, _ title: String, status: String) -> String {
        "# \(number). \(title)\n\nDate: 2024-01-0\(number)\n\n## Status\n\n\(status)\n\n## Context\n\nWhy.\n\n## Decision\n\nWhat.\n\n## Consequences\n\nThen.\n"
    }

    @Test func soundCollectionExitsZero() throws {
        let url = try collection([
            "0001-record-decisions.md": record(1, "Record decisions", status: "Accepted"),
            "0002-use-postgresql.md": record(2, "Use PostgreSQL", status: "Accepted"),
        ])
        defer { try? FileManager.default.removeItem(at: url) }
        let result = try StrataBinary.run(["lint", url.path], in: url)
        #expect(result.status == 0, "\(result)")
        #expect(result.stdout.contains("2 records, 0 findings"))
    }

    @Test func danglingLinkAndGapAreFoundWithCodeFileAndLine() throws {
        let url = try collection([
            "0001-record-decisions.md": record(1, "Record decisions", status: "Accepted"),
            "0003-use-redis.md": record(3, "Use Redis", status: "Accepted\n\nAmends [9. Missing](0009-missing.md)"),
        ])
        defer { try? FileManager.default.removeItem(at: url) }
        let result = try StrataBinary.run(["lint", url.path, "--json"], in: url)
        #expect(result.status == 1, "\(result)")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        let findings = try #require(object["findings"] as? [[String: Any]])
        let codes = Set(findings.compactMap { $0["code"] as? String })
        #expect(codes.contains("numbering-gap"))
        #expect(codes.contains("dangling-link"))
        let dangling = try #require(findings.first { $0["code"] as? String == "dangling-link" })
        #expect(dangling["file"] as? String == "0003-use-redis.md")
        #expect((dangling["line"] as? Int ?? 0) > 0)
    }

    @Test func missingDirectoryIsAUsageError() throws {
        let result = try StrataBinary.run(["lint", "/nonexistent/strata-adr"], in: FileManager.default.temporaryDirectory)
        expectError(result, exit: 2, mentioning: ["not a directory"])
    }
}
