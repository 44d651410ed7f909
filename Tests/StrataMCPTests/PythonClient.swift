import Foundation

/// The Python that has the official MCP client (`mcp` from PyPI): the repository's `.venv`,
/// which `.ci/run` creates, or `STRATA_MCP_PYTHON`.
enum PythonClient {
    /// The repository root, found from this file's place in it.
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static let driver = root.appendingPathComponent("Tests/StrataMCPTests/mcp_client_check.py")

    /// The interpreter to run the driver with, nil when none is set up here.
    static let python: URL? = {
        if let explicit = ProcessInfo.processInfo.environment["STRATA_MCP_PYTHON"], !explicit.isEmpty {
            return URL(fileURLWithPath: explicit)
        }
        let venv = root.appendingPathComponent(".venv/bin/python")
        return FileManager.default.isExecutableFile(atPath: venv.path) ? venv : nil
    }()

    /// Whether this run is CI's, where a missing client is a failure, not a reason to skip.
    static var inCI: Bool { !(ProcessInfo.processInfo.environment["CI"] ?? "").isEmpty }

    /// Runs `python arguments…` and waits for it, ending it after `timeout` seconds.
    static func run(_ python: URL, _ arguments: [String], in directory: URL, timeout: TimeInterval) throws -> (status: Int32, output: String) {
        let log = directory.appendingPathComponent("python-output.txt")
        _ = FileManager.default.createFile(atPath: log.path, contents: nil)
        let handle = try FileHandle(forWritingTo: log)
        let process = Process()
        process.executableURL = python
        process.arguments = arguments
        process.currentDirectoryURL = directory
        process.standardInput = FileHandle.nullDevice
        process.standardOutput = handle
        process.standardError = handle
        var environment = ProcessInfo.processInfo.environment
        environment["STRATA_STORE"] = nil
        environment["PYTHONUNBUFFERED"] = "1"
        process.environment = environment
        try process.run()
        let watchdog = DispatchWorkItem { if process.isRunning { process.terminate() } }
        DispatchQueue.global().asyncAfter(deadline: .now() + timeout, execute: watchdog)
        process.waitUntilExit()
        watchdog.cancel()
        try handle.close()
        return (process.terminationStatus, String(decoding: try Data(contentsOf: log), as: UTF8.self))
    }
}
