import Foundation
import Testing

/// The built `strata` executable, run as a subprocess the way a user or a script runs it.
public enum StrataBinary {
    /// The executable next to the test bundle in the products directory.
    public static let url: URL? = locate(named: "strata")

    /// A built executable of this package (`strata`, `strata-mcp`) in the products directory.
    public static func locate(named name: String) -> URL? {
        var starts = [URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath(), Bundle.main.bundleURL]
        starts += Bundle.allBundles.map(\.bundleURL).filter { $0.pathExtension == "xctest" }
        for start in starts {
            var directory = start
            for _ in 0..<5 {
                let candidate = directory.appendingPathComponent(name)
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
    public static func environment(_ overrides: [String: String]) -> [String: String] {
        var environment = ProcessInfo.processInfo.environment
        environment["STRATA_STORE"] = nil
        environment.merge(overrides) { _, new in new }
        return environment
    }

    /// Runs `strata arguments…` in `directory` and waits for it to exit.
    public static func run(
        _ arguments: [String], in directory: URL, environment overrides: [String: String] = [:]
    ) throws -> CommandResult {
        try capture(try makeProcess(arguments, in: directory, environment: overrides), in: directory)
    }

    /// Runs a configured `process`, its output kept in files in `directory`, and waits for it to exit.
    public static func capture(_ process: Process, in directory: URL) throws -> CommandResult {
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
    public static func makeProcess(
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
public struct CommandResult: CustomStringConvertible, Sendable {
    public var status: Int32
    public var stdout: String
    public var stderr: String

    public init(status: Int32, stdout: String, stderr: String) {
        self.status = status
        self.stdout = stdout
        self.stderr = stderr
    }

    public var lines: [String] { stdout.split(separator: "\n", omittingEmptySubsequences: false).dropLast().map(String.init) }

    public var description: String { "exit \(status)\nstdout: \(stdout)\nstderr: \(stderr)" }
}

