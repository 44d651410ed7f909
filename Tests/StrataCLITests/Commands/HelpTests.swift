import Foundation
import Testing

/// Every command documents itself, and `help` exits 0.
@Suite struct HelpTests {
    static let commands = ["init", "events", "verify", "append"]

    @Test(arguments: commands)
    func helpSubcommandDescribesTheCommand(command: String) throws {
        let workspace = try CLIWorkspace(withStore: false)
        defer { workspace.remove() }
        let result = try workspace.run("help", command)
        #expect(result.status == 0, "\(result)")
        #expect(result.stdout.hasPrefix("OVERVIEW: "))
        #expect(result.stdout.contains("USAGE: strata \(command)"))
        #expect(result.stdout.contains("Example"))
        #expect(result.stderr.isEmpty)
    }

    @Test(arguments: commands)
    func helpFlagMatchesTheHelpSubcommand(command: String) throws {
        let workspace = try CLIWorkspace(withStore: false)
        defer { workspace.remove() }
        let flag = try workspace.run(command, "--help")
        #expect(flag.status == 0)
        #expect(flag.stdout == (try workspace.run("help", command).stdout))
    }

    @Test func topLevelHelpListsEveryStoreCommand() throws {
        let workspace = try CLIWorkspace(withStore: false)
        defer { workspace.remove() }
        let result = try workspace.run("--help")
        #expect(result.status == 0)
        for command in Self.commands {
            #expect(result.stdout.contains("  \(command) "), "\(command) is listed")
        }
        #expect(result.stdout.contains("Exit status"))
    }

    @Test func versionIsPrinted() throws {
        let workspace = try CLIWorkspace(withStore: false)
        defer { workspace.remove() }
        let result = try workspace.run("--version")
        #expect(result.status == 0)
        #expect(result.stdout == "0.1.0\n")
    }

    @Test func unknownCommandIsAUsageError() throws {
        let workspace = try CLIWorkspace(withStore: false)
        defer { workspace.remove() }
        let result = try workspace.run("frobnicate")
        #expect(result.status == 2)
        expectError(result, exit: 2, mentioning: ["frobnicate"])
    }
}
