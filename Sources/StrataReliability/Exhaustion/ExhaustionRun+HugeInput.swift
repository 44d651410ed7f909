import Foundation

extension ExhaustionRun {
    /// 100 MB inputs where a profile, a proposal or a Markdown record belongs: refused after
    /// reading at most the documented limit, never read whole.
    mutating func hugeInputs() throws {
        let store = try seededStore("big")
        let events = try StoreAudit(path: store).events.count
        let profile = try write("huge-profile.json", prefix: "{\"name\":\"huge\",\"description\":\"", filler: "a", suffix: "\"}")
        let proposal = try write("huge-proposal.json", prefix: "{\"title\":\"huge\",\"context\":\"", filler: "a", suffix: "\"}")
        let adr = try scratch.directory("huge-adr")
        _ = try write("huge-adr/0001-huge.md", prefix: "# 1. Huge\n\n## Status\n\nAccepted\n\n## Context\n\n",
                      filler: "All work and no play makes Jack a dull boy.\n", suffix: "")

        let cases: [(String, [String], String?, String)] = [
            ("advise --workload FILE", ["advise", "--workload", profile], nil, "limit"),
            ("advise --workload -", ["advise", "--workload", "-"], profile, "1 MiB"),
            ("workload add --file", ["workload", "add", "--file", profile, "--context", "C-1", "--store", store], nil, "limit"),
            ("propose --file", ["propose", "--file", proposal, "--store", store], nil, "limit"),
        ]
        for (label, arguments, stdin, fragment) in cases {
            let result = try ChildProcess.run(strata, arguments, in: scratch.path, stdin: stdin)
            expectRefusal(result, "huge input: \(label)", mentioning: fragment)
            expectSmall(result, label)
        }
        let lint = try ChildProcess.run(strata, ["lint", adr], in: scratch.path)
        report.count("cases")
        let refused = inputBytes <= Self.markdownLimit || lint.stdout.contains("file-too-large")
        if !(lint.exitCode == 0 || lint.exitCode == 1) || !refused || !lint.stderr.isEmpty {
            report.fail("huge input: lint DIR \(lint.ending): \(lint.stdout.prefix(300)) \(lint.stderr.prefix(300))")
        }
        expectSmall(lint, "lint DIR")
        expectIntact(store, events: events, "huge input")
    }

    /// The importer's documented per-file limit (ADRImporter.maxFileBytes), 5 MiB.
    static let markdownLimit = 5 * 1024 * 1024

    /// Writes a file of `inputBytes` bytes: `prefix`, `filler` repeated, `suffix`; returns its path.
    private func write(_ name: String, prefix: String, filler: String, suffix: String) throws -> String {
        let path = scratch.file(name)
        guard FileManager.default.createFile(atPath: path, contents: Data(prefix.utf8)),
              let handle = FileHandle(forWritingAtPath: path) else { throw HarnessError("cannot write \(path)") }
        defer { try? handle.close() }
        try handle.seekToEnd()
        let chunk = Data(String(repeating: filler, count: max(1, (1 << 20) / filler.utf8.count)).utf8)
        var written = prefix.utf8.count
        while written + chunk.count + suffix.utf8.count <= inputBytes {
            try handle.write(contentsOf: chunk)
            written += chunk.count
        }
        try handle.write(contentsOf: Data(suffix.utf8))
        return path
    }
}
