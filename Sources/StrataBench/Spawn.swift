import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Runs a program with `posix_spawn` and waits for it: Foundation's `Process` adds tens of
/// milliseconds of its own on Linux, which would swamp the latency being measured.
enum Spawn {
    static func run(_ arguments: [String]) throws -> Int32 {
        try measured(arguments).status
    }

    /// Runs a program and returns its exit status and peak resident memory in MB (from `wait4`).
    static func measured(_ arguments: [String]) throws -> (status: Int32, peakMB: Double) {
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
