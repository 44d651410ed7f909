import Foundation
import Testing
import StrataTestSupport

/// The `strata-reliability` executable built next to `strata`, run with short settings.
enum ReliabilityHarness {
    /// Runs `strata-reliability arguments… --json` against the `strata` under test and returns its figures.
    static func run(_ arguments: [String], in workspace: CLIWorkspace) throws -> (CommandResult, [String: Any]) {
        let strata = try #require(StrataBinary.url, "the strata executable was not found next to the test bundle")
        let harness = strata.deletingLastPathComponent().appendingPathComponent("strata-reliability")
        try #require(FileManager.default.isExecutableFile(atPath: harness.path), "build the strata-reliability product")
        let process = Process()
        process.executableURL = harness
        process.arguments = arguments + ["--json", "--strata", strata.path]
        process.currentDirectoryURL = workspace.url
        process.environment = StrataBinary.environment([:])
        let out = workspace.url.appendingPathComponent("harness.out"), err = workspace.url.appendingPathComponent("harness.err")
        _ = FileManager.default.createFile(atPath: out.path, contents: nil)
        _ = FileManager.default.createFile(atPath: err.path, contents: nil)
        process.standardOutput = try FileHandle(forWritingTo: out)
        process.standardError = try FileHandle(forWritingTo: err)
        try process.run()
        process.waitUntilExit()
        let result = CommandResult(
            status: process.terminationStatus,
            stdout: String(decoding: try Data(contentsOf: out), as: UTF8.self),
            stderr: String(decoding: try Data(contentsOf: err), as: UTF8.self))
        let figures = (try? JSONSerialization.jsonObject(with: Data(result.stdout.utf8))) as? [String: Any] ?? [:]
        return (result, figures)
    }
}
