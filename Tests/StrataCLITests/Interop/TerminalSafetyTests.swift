import Foundation
import StrataTestSupport
import Testing

/// File names are user input too: a line break or an escape sequence in one must not reach
/// the terminal raw through a problem, a lint finding or an error line.
struct TerminalSafetyTests {
    static let hostileName = "0002-evil\u{1B}[31mred\nsecond line.md"

    @Test func importProblemsLintFindingsAndErrorsShowControlCharactersAsReplacements() throws {
        let workspace = try CLIWorkspace()
        defer { workspace.remove() }
        let directory = workspace.path("adr")
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        try ADRToolsSamples.record(1, "First Record").write(toFile: directory + "/0001-first-record.md", atomically: true, encoding: .utf8)
        try ADRToolsSamples.record(2, "Evil", date: "31/31/2020")
            .write(toFile: directory + "/" + Self.hostileName, atomically: true, encoding: .utf8)
        let imported = try workspace.runOnStore("import", directory)
        let linted = try workspace.run("lint", directory)
        let missing = try workspace.runOnStore("import", directory + "/\u{1B}]0;title\u{07}missing")
        for result in [imported, linted, missing] {
            let printed = result.stdout + result.stderr
            #expect(!printed.unicodeScalars.contains { $0.value == 0x1B || $0.value == 0x07 }, "\(result)")
            #expect(!printed.contains("red\nsecond line"), "a file name broke its line: \(result)")
        }
        #expect(imported.stdout.contains("evil\u{FFFD}[31mred\u{FFFD}second line"), "\(imported)")
        expectError(missing, exit: 2, mentioning: ["does not exist"])
    }
}
