import Foundation
import StrataTestSupport
import Testing

/// `strata-mcp`'s own command line: help, bad flags, and a store that cannot be found, each
/// answered before any MCP message, the way `strata` answers them.
@Suite struct ServerCommandLineTests {
    private func run(_ arguments: [String], environment: [String: String] = [:]) throws -> CommandResult {
        let server = try #require(StrataBinary.locate(named: "strata-mcp"), "strata-mcp was not built next to the tests")
        let directory = try TemporaryDirectory(prefix: "strata-mcp-cli")
        defer { directory.remove() }
        let process = Process()
        process.executableURL = server
        process.arguments = arguments
        process.currentDirectoryURL = directory.url
        process.environment = StrataBinary.environment(environment)
        process.standardInput = FileHandle.nullDevice
        return try StrataBinary.capture(process, in: directory.url)
    }

    @Test func helpNamesEveryFlag() throws {
        let result = try run(["--help"])
        #expect(result.status == 0)
        for flag in ["--store", "--allow-lifecycle", "--on-behalf-of"] { #expect(result.stdout.contains(flag)) }
    }

    @Test func anUnknownFlagIsAUsageError() throws {
        let result = try run(["--allow-everything"])
        #expect(result.status == 2 && result.stderr.contains("unknown argument '--allow-everything'"), "\(result)")
    }

    @Test func noStoreIsRefusedWithTheStoreCode() throws {
        let result = try run([])
        #expect(result.status == 2 && result.stderr.hasSuffix("[store-not-found]\n"), "\(result)")
        let named = try run(["--store", "/nonexistent/dir/strata.db"])
        #expect(named.status == 2 && named.stderr.contains("["), "\(named)")
    }
}
