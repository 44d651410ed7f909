import Foundation
import StrataTestSupport
import Testing

@Suite("human output is 80 columns off a terminal, untruncated with --wide")
struct TerminalWidthTests {
    static let long = "Consolidate recommendations into pgvector (supersedes ADR-6)"

    @Test("off a terminal COLUMNS is ignored: exactly 80 columns")
    func pipedIsEighty() throws {
        let workspace = try DemoWorkspace()
        defer { workspace.remove() }
        let result = try StrataBinary.run(["log", "--store", workspace.store], in: workspace.url, environment: ["COLUMNS": "200"])
        let seven = try #require(result.lines.first { $0.hasPrefix("ADR-7") })
        #expect(seven.hasSuffix("…") && seven.count <= 80, "\(seven)")
    }

    @Test("--wide before or after the command never truncates", arguments: [["--wide", "log"], ["log", "--wide"]])
    func wide(arguments: [String]) throws {
        let workspace = try DemoWorkspace()
        defer { workspace.remove() }
        let result = try StrataBinary.run(arguments + ["--store", workspace.store], in: workspace.url)
        #expect(result.status == 0, "\(result)")
        #expect(result.stdout.contains(Self.long))
        #expect(!result.stdout.contains("…"))
    }

    @Test("--wide works on every kind of command, even ones without a store")
    func wideEverywhere() throws {
        let workspace = try DemoWorkspace()
        defer { workspace.remove() }
        #expect(try StrataBinary.run(["rules", "--wide"], in: workspace.url).status == 0)
        #expect(try StrataBinary.run(["--wide", "workload", "template"], in: workspace.url).status == 0)
        let arch = try workspace.run("arch", "--wide")
        #expect(arch.status == 0 && !arch.stdout.contains("…"))
    }
}
