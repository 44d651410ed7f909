import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// One run of a child process: how it ended, what it printed, and how much memory it took.
///
/// The harness judges `strata` only by what a user sees (exit status, stdout, stderr), so every
/// run is a real `posix_spawn` with stdout and stderr sent to files; `wait4` gives the peak RSS.
struct ChildResult: Sendable {
    /// The exit code, or nil when a signal ended the process.
    var exitCode: Int32?
    /// The signal that ended the process, if any.
    var signal: Int32?
    var stdout: String
    var stderr: String
    /// Peak resident set size of the child, in bytes.
    var peakRSSBytes: Int
    /// Wall-clock duration, in seconds.
    var seconds: Double

    var succeeded: Bool { exitCode == 0 }

    /// Complete lines of stdout; a torn last line (a kill mid-write) is dropped.
    var completeLines: [String] {
        var lines = stdout.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        lines.removeLast()   // the text after the last newline: empty, or torn
        return lines
    }

    /// `exit N` or `signal N`, for failure reports.
    var ending: String { exitCode.map { "exit \($0)" } ?? "signal \(signal ?? -1)" }
}

/// A started child process that can be stopped, copied around, killed and waited for.
final class ChildProcess: @unchecked Sendable {   // the pid is written once, in init
    let pid: pid_t
    private let outPath: String
    private let errPath: String
    private let started = Date()

    /// Spawns `executable arguments…` with stdout and stderr in files under `directory`.
    ///
    /// - Parameter stdin: a file to read standard input from; /dev/null when nil.
    init(_ executable: String, _ arguments: [String], in directory: String,
         stdin: String? = nil, environment: [String: String]? = nil) throws {
        let tag = UUID().uuidString
        outPath = directory + "/.child-\(tag).out"
        errPath = directory + "/.child-\(tag).err"
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, stdin ?? "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, outPath, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        posix_spawn_file_actions_addopen(&actions, 2, errPath, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        var env = environment ?? ProcessInfo.processInfo.environment
        env["STRATA_STORE"] = environment?["STRATA_STORE"]
        let argv = ([executable] + arguments).map { strdup($0) } + [nil]
        let envp = env.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer { (argv + envp).forEach { free($0) } }
        var child: pid_t = 0
        let status = posix_spawn(&child, executable, &actions, nil, argv, envp)
        guard status == 0 else { throw HarnessError("cannot start \(executable): \(String(cString: strerror(status)))") }
        pid = child
    }

    /// Sends `signal` to the child (SIGSTOP, SIGCONT, SIGKILL).
    func send(_ signal: Int32) { kill(pid, signal) }

    /// What the child has printed so far (it may still be running or stopped).
    func stdoutSoFar() -> String { Self.text(outPath) }

    /// Waits for the child to end, collects its output and removes the output files.
    func wait() -> ChildResult {
        var status: Int32 = 0
        var usage = rusage()
        while wait4(pid, &status, 0, &usage) < 0 && errno == EINTR {}
        defer { unlink(outPath); unlink(errPath) }
        let signalled = status & 0x7f
        return ChildResult(
            exitCode: signalled == 0 ? (status >> 8) & 0xff : nil,
            signal: signalled == 0 ? nil : signalled,
            stdout: Self.text(outPath), stderr: Self.text(errPath),
            peakRSSBytes: Int(usage.ru_maxrss) * 1024,
            seconds: Date().timeIntervalSince(started))
    }

    private static func text(_ path: String) -> String {
        String(decoding: FileManager.default.contents(atPath: path) ?? Data(), as: UTF8.self)
    }

    /// Runs a child to completion.
    static func run(_ executable: String, _ arguments: [String], in directory: String,
                    stdin: String? = nil, environment: [String: String]? = nil) throws -> ChildResult {
        try ChildProcess(executable, arguments, in: directory, stdin: stdin, environment: environment).wait()
    }
}

/// A failure of the harness itself (not a finding about `strata`).
struct HarnessError: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
}
