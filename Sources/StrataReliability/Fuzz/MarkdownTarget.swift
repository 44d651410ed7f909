import Foundation
import StrataInterop

/// The Markdown/YAML ADR importer, linter and exporters: any bytes give records or problems,
/// each problem one clear line about the file, and exports stay inside their directory.
struct MarkdownTarget: FuzzTarget {
    let name = "markdown"

    static let lines = [
        "---", "# 1. Use PostgreSQL", "# Use Redis for sessions", "## Status", "## Context", "## Decision",
        "## Consequences", "## Decision Outcome", "## Considered Options", "## Pros and Cons of the Options",
        "### Option A", "* Good, because fast", "* Bad, because new", "Accepted", "Proposed", "Superseded by [2. Next](0002-next.md)",
        "Supercedes [1. First](0001-first.md)", "Amended by [ADR-3](0003-x.md)", "Date: 2020-02-30", "Date: 12/01/1992",
        "* Status: accepted", "* Deciders: Ann, Bob", "Chosen option: \"A\", because it is simple", "status: accepted",
        "date: 2021-01-01", "deciders: [a, b]", "tags: [x, &a y, *a]", "title: |", "  folded", "```", "~~~", "<!-- x -->",
        "[link](../../../etc/passwd)", "\u{202E}fdp.exe", "🚀🚀🚀", "\t- nested", "> quote", "| a | b |", "",
    ]

    var seeds: [Data] {
        [
            "# 1. Record architecture decisions\n\nDate: 2020-01-01\n\n## Status\n\nAccepted\n\n## Context\n\nWe need to record decisions.\n\n## Decision\n\nWe will use ADRs.\n\n## Consequences\n\nSee Michael Nygard's article.\n",
            "# 2. Use Redis\n\nDate: 2020-02-01\n\n## Status\n\nSuperseded by [3. Use Valkey](0003-use-valkey.md)\n\nSupercedes [1. Record](0001-record.md)\n\n## Context\n\nx\n",
            "---\nstatus: accepted\ndate: 2021-03-04\ndeciders: [Ann, Bob]\nconsulted: Carol\n---\n# Use PostgreSQL\n\n## Context and Problem Statement\n\nWhere?\n\n## Considered Options\n\n* PostgreSQL\n* MongoDB\n\n## Decision Outcome\n\nChosen option: \"PostgreSQL\", because it is boring.\n\n### Consequences\n\n* Good, because SQL\n* Bad, because ops\n\n## Pros and Cons of the Options\n\n### PostgreSQL\n\n* Good, because mature\n",
            "---\ndate: 2022-01-01\ntags:\n  - storage\nstatus: superseded by [x](2022-01-02-x.md)\n---\n\n# Log4brains record\n\n## Context and Problem Statement\n\n## Decision Outcome\n\nChosen option: \"x\"\n",
            "---\na: &a [1, 2]\nb: [*a, *a, *a]\nc: &c [*a, *a]\nd: [*c, *c, *c]\n---\n# Aliases\n",
            "", "# \n", "---\n", "\u{FEFF}# BOM title\n\n## Status\n\nProposed\n",
        ].map { Data($0.utf8) }
    }

    var dictionary: [Data] {
        (Self.lines.map { $0 + "\n" } + ["](", "[", "]", "\r\n", "\\", "*", "&", "!", ": ", "\u{0}", "\u{7}", "é", "\u{2028}"])
            .map { Data($0.utf8) }
    }

    func execute(_ input: Data) -> Verdict {
        let fileName = "0001-fuzzed.md"
        let result = ADRImporter().read(files: [ADRSourceFile(name: fileName, data: input)])
        if result.records.count > 1 { return .failure("one file gave \(result.records.count) records") }
        for problem in result.problems where problem.file != fileName || !problem.message.isClearErrorMessage {
            return .failure("unclear problem: \(problem.file): \(problem.message.prefix(300))")
        }
        let findings = ADRLinter.lint(records: result.records, problems: result.problems)
        for exported in [ADRToolsExporter.export(result.records), MADRExporter.export(result.records)] {
            for file in exported where !Self.staysInside(file.relativePath) {
                return .failure("export path escapes its directory: \(file.relativePath)")
            }
            let reimported = ADRImporter().read(files: exported.map { ADRSourceFile(name: $0.relativePath, data: Data($0.contents.utf8)) })
            if reimported.records.count != result.records.count {
                return .failure("an exported record does not import again: \(exported.first?.contents.prefix(300) ?? "")")
            }
        }
        let codes = Set(result.problems.map(\.code.rawValue) + findings.map(\.code.rawValue)).sorted().joined(separator: ",")
        return result.records.isEmpty ? .rejected(signature: codes) : .accepted(signature: "\(result.format.map { "\($0)" } ?? "-")|\(codes)")
    }

    /// A relative path with no `..`, no absolute start, no hidden or empty component.
    static func staysInside(_ path: String) -> Bool {
        !path.isEmpty && !path.hasPrefix("/") && !path.contains("\\")
            && path.split(separator: "/", omittingEmptySubsequences: false).allSatisfy { !$0.isEmpty && !$0.hasPrefix(".") }
    }

    func structuredMutation(_ input: Data, using generator: inout SplitMix) -> Data? {
        var lines = String(decoding: input, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let index = lines.isEmpty ? 0 : Int.random(in: 0..<lines.count, using: &generator)
        switch Int.random(in: 0..<5, using: &generator) {
        case 0: lines.insert(Self.lines.randomElement(using: &generator) ?? "", at: index)
        case 1 where !lines.isEmpty: lines.remove(at: index)
        case 2 where !lines.isEmpty: lines.insert(lines[index], at: Int.random(in: 0...lines.count, using: &generator))
        case 3 where lines.count > 1: lines.swapAt(index, Int.random(in: 0..<lines.count, using: &generator))
        default: lines.insert(contentsOf: ["---", "status: \(Self.lines.randomElement(using: &generator) ?? "")", "---"], at: 0)
        }
        return Data(lines.joined(separator: "\n").utf8)
    }
}
