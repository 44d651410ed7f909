import Foundation
import Testing

/// The built `strata` executable, run as a subprocess the way a user or a script runs it.
enum StrataBinary {
    /// The executable next to the test bundle in the products directory.
    static let url: URL? = locate()

    private static func locate() -> URL? {
        var starts = [URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath(), Bundle.main.bundleURL]
        starts += Bundle.allBundles.map(\.bundleURL).filter { $0.pathExtension == "xctest" }
        for start in starts {
            var directory = start
            for _ in 0..<5 {
                let candidate = directory.appendingPathComponent("strata")
                var isDirectory: ObjCBool = false
                if FileManager.default.fileExists(atPath: candidate.path, isDirectory: &isDirectory),
                   !isDirectory.boolValue, FileManager.default.isExecutableFile(atPath: candidate.path) {
                    return candidate
                }
                directory.deleteLastPathComponent()
            }
        }
        return nil
    }

    /// The environment every run starts from: this one without `STRATA_STORE`.
    static func environment(_ overrides: [String: String]) -> [String: String] {
        var environment = ProcessInfo.processInfo.environment
        environment["STRATA_STORE"] = nil
        environment.merge(overrides) { _, new in new }
        return environment
    }

    /// Runs `strata arguments…` in `directory` and waits for it to exit.
    static func run(
        _ arguments: [String], in directory: URL, environment overrides: [String: String] = [:]
    ) throws -> CommandResult {
        let process = try makeProcess(arguments, in: directory, environment: overrides)
        let outURL = directory.appendingPathComponent(".out-\(UUID().uuidString)")
        let errURL = directory.appendingPathComponent(".err-\(UUID().uuidString)")
        _ = FileManager.default.createFile(atPath: outURL.path, contents: nil)
        _ = FileManager.default.createFile(atPath: errURL.path, contents: nil)
        defer {
            try? FileManager.default.removeItem(at: outURL)
            try? FileManager.default.removeItem(at: errURL)
        }
        let out = try FileHandle(forWritingTo: outURL), err = try FileHandle(forWritingTo: errURL)
        process.standardOutput = out
        process.standardError = err
        try process.run()
        process.waitUntilExit()
        try out.close()
        try err.close()
        return CommandResult(
            status: process.terminationStatus,
            stdout: String(decoding: try Data(contentsOf: outURL), as: UTF8.self),
            stderr: String(decoding: try Data(contentsOf: errURL), as: UTF8.self))
    }

    /// A configured but not started `strata` process.
    static func makeProcess(
        _ arguments: [String], in directory: URL, environment overrides: [String: String] = [:]
    ) throws -> Process {
        let executable = try #require(url, "the strata executable was not found next to the test bundle")
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        process.currentDirectoryURL = directory
        process.environment = environment(overrides)
        process.standardInput = FileHandle.nullDevice
        return process
    }
}

/// What a finished `strata` run printed and returned.
struct CommandResult: CustomStringConvertible {
    var status: Int32
    var stdout: String
    var stderr: String

    var lines: [String] { stdout.split(separator: "\n", omittingEmptySubsequences: false).dropLast().map(String.init) }

    var description: String { "exit \(status)\nstdout: \(stdout)\nstderr: \(stderr)" }
}

/// A temporary working directory with a store, driven through the binary.
struct CLIWorkspace {
    let url: URL
    /// The store this workspace's commands use (created by ``init(withStore:)``).
    var store: String { url.appendingPathComponent("store.db").path }

    init(withStore: Bool = true) throws {
        url = FileManager.default.temporaryDirectory
            .appendingPathComponent("strata-cli-tests-\(UUID().uuidString)", isDirectory: true)
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        if withStore {
            let result = try StrataBinary.run(["init", store], in: url)
            #expect(result.status == 0, "\(result)")
        }
    }

    func remove() { try? FileManager.default.removeItem(at: url) }

    func path(_ name: String) -> String { url.appendingPathComponent(name).path }

    /// Runs `strata` in this directory.
    func run(_ arguments: String..., environment: [String: String] = [:]) throws -> CommandResult {
        try StrataBinary.run(arguments, in: url, environment: environment)
    }

    /// Runs `strata` with `--store` pointing at this workspace's store.
    func runOnStore(_ command: String, _ arguments: String...) throws -> CommandResult {
        try StrataBinary.run([command, "--store", store] + arguments, in: url)
    }

    /// `strata append` of one small event, as a script would.
    @discardableResult
    func append(
        _ stream: String, type: String = "note.written", data: String = "{\"text\":\"hi\"}", _ extra: String...
    ) throws -> CommandResult {
        try StrataBinary.run(
            ["append", "--store", store, "--stream=\(stream)", "--type", type, "--data=\(data)", "--actor", "tester"] + extra,
            in: url)
    }
}

/// Expects `result` to be a clean failure: the exit code, and exactly one stderr line starting `error:`.
func expectError(
    _ result: CommandResult, exit status: Int32, mentioning fragments: [String] = [],
    sourceLocation: SourceLocation = #_sourceLocation
) {
    #expect(result.status == status, "\(result)", sourceLocation: sourceLocation)
    let lines = result.stderr.split(separator: "\n")
    #expect(lines.count == 1, "stderr must be one line: \(result.stderr)", sourceLocation: sourceLocation)
    #expect(result.stderr.hasPrefix("error: "), "\(result.stderr)", sourceLocation: sourceLocation)
    for fragment in fragments {
        #expect(result.stderr.contains(fragment), "\(result.stderr)", sourceLocation: sourceLocation)
    }
}
