import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Runs a program with `posix_spawn` and waits for it: Foundation's `Process` adds tens of
/// milliseconds of its own on Linux, which would swamp the latency being measured.
enum Spawn {
    /// Runs a set-up step (a venv, `strip`, the peer's case) to completion and returns its
    /// standard output; throws on a non-zero exit. Through `Process`, for the pipe: its own
    /// cost is outside every timing that matters.
    @discardableResult
    static func output(_ arguments: [String]) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: arguments[0])
        process.arguments = Array(arguments.dropFirst())
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = FileHandle.standardError
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else { throw BenchError("\(arguments.prefix(3).joined(separator: " ")) exited \(process.terminationStatus)") }
        return String(decoding: data, as: UTF8.self)
    }

    static func run(_ arguments: [String]) throws -> Int32 {
        try waited(arguments).status
    }

    /// Runs a program and returns its exit status and peak resident memory in MB.
    ///
    /// Linux hands a child its parent's peak as its own starting `ru_maxrss`, so `wait4` alone
    /// reports at least the benchmark's own peak; GNU time, whose small process is the one that
    /// forks the program, reports the program's. Without it, `wait4`'s figure is returned.
    static func measured(_ arguments: [String]) throws -> (status: Int32, peakMB: Double) {
        let time = "/usr/bin/time"
        guard FileManager.default.isExecutableFile(atPath: time) else { return try waited(arguments) }
        let report = FileManager.default.temporaryDirectory.appendingPathComponent("strata-bench-rss-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: report) }
        let status = try waited([time, "-f", "%M", "-o", report] + arguments).status
        let text = (try? String(contentsOfFile: report, encoding: .utf8)) ?? ""
        guard let kilobytes = text.split(separator: "\n").last.flatMap({ Double($0.trimmingCharacters(in: .whitespaces)) }) else {
            throw BenchError("GNU time reported no peak memory for \(arguments[0])")
        }
        return (status, kilobytes / 1024)
    }

    /// Runs a program and returns its exit status and `wait4`'s peak resident memory in MB.
    private static func waited(_ arguments: [String]) throws -> (status: Int32, peakMB: Double) {
        var pid: pid_t = 0
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
        let argv = arguments.map { strdup($0) } + [nil]
        defer { argv.forEach { free($0) } }
        let result = posix_spawn(&pid, arguments[0], &actions, nil, argv, environ)
        guard result == 0 else { throw BenchError("posix_spawn failed: \(result)") }
        var status: Int32 = 0
        var usage = rusage()
        wait4(pid, &status, 0, &usage)
        return ((status >> 8) & 0xFF, Double(usage.ru_maxrss) / 1024)
    }
}
