import Foundation
import Testing
#if canImport(Glibc)
import Glibc
#endif

/// A throwaway PostgreSQL cluster for one test process: started on first use in a temporary
/// directory, listening on a free port of 127.0.0.1 only (and a socket inside that directory),
/// and stopped when the process exits, even when it crashes.
///
/// `initdb` refuses to run as root, so as root (CI, containers) the cluster belongs to the
/// `postgres` user and its programs run through `runuser`. TCP logins need the superuser's
/// password (so a wrong one can be tested); socket logins are trusted, for `psql`.
public final class PostgresCluster: Sendable {
    /// Why no cluster could be started here.
    public struct Unavailable: Error, CustomStringConvertible {
        public var description: String
    }

    public let directory: String
    public let port: Int
    public let superuser = "postgres"
    public let password: String
    private let binaries: String
    private let runAs: [String]

    /// Starts the process's cluster once, however many tests ask for it at the same time.
    private actor Starter {
        private var startup: Task<Result<PostgresCluster, Unavailable>, Never>?

        func cluster() async -> Result<PostgresCluster, Unavailable> {
            if let startup { return await startup.value }
            let task = Task {
                await PostgresCluster.onThreadOfItsOwn {
                    Result { try PostgresCluster() }.mapError { $0 as? Unavailable ?? Unavailable(description: "\($0)") }
                }
            }
            startup = task
            return await task.value
        }
    }

    private static let starter = Starter()

    /// Runs blocking work (waiting for a child process) on a thread of its own: parked on one of
    /// the few threads Swift concurrency runs tests on, it could starve the very work that
    /// notices the child's exit.
    public static func onThreadOfItsOwn<T: Sendable>(_ work: @escaping @Sendable () -> T) async -> T {
        await withCheckedContinuation { continuation in
            Thread { continuation.resume(returning: work()) }.start()
        }
    }

    /// Whether the tests run under CI, where a missing server is a failure rather than a skip.
    public static var inCI: Bool { !(ProcessInfo.processInfo.environment["CI"] ?? "").isEmpty }

    /// The cluster for a test that needs one; nil (after a visible note) when there is none and
    /// the tests do not run under CI. Under CI a missing cluster fails the calling test.
    public static func available(sourceLocation: SourceLocation = #_sourceLocation) async -> PostgresCluster? {
        accept(await starter.cluster(), sourceLocation: sourceLocation)
    }

    /// A cluster of the caller's own, for a test that restarts its server: the shared one
    /// serves other suites at the same time. Nil (after a note) as for ``available``.
    public static func dedicated(sourceLocation: SourceLocation = #_sourceLocation) async -> PostgresCluster? {
        let started = await onThreadOfItsOwn {
            Result { try PostgresCluster() }.mapError { $0 as? Unavailable ?? Unavailable(description: "\($0)") }
        }
        return accept(started, sourceLocation: sourceLocation)
    }

    private static func accept(_ started: Result<PostgresCluster, Unavailable>, sourceLocation: SourceLocation) -> PostgresCluster? {
        switch started {
        case .success(let cluster): return cluster
        case .failure(let reason):
            if inCI {
                Issue.record("no PostgreSQL server could be started under CI: \(reason)", sourceLocation: sourceLocation)
            } else {
                noteOnce(reason)
            }
            return nil
        }
    }

    private static let noted = NSLock()
    nonisolated(unsafe) private static var didNote = false

    private static func noteOnce(_ reason: Unavailable) {
        noted.lock()
        defer { noted.unlock() }
        guard !didNote else { return }
        didNote = true
        FileHandle.standardError.write(Data("note: PostgreSQL tests skipped, no server could be started: \(reason)\n".utf8))
    }

    private init() throws {
        guard let binaries = Self.findBinaries() else {
            throw Unavailable(description: "initdb was not found (install Debian's postgresql package)")
        }
        self.binaries = binaries
        let root = getuid() == 0
        runAs = root ? ["/usr/sbin/runuser", "-u", "postgres", "--"] : []
        if root, getpwnam("postgres") == nil { throw Unavailable(description: "running as root but there is no postgres user") }
        let base = FileManager.default.temporaryDirectory.appendingPathComponent("strata-pg-\(UUID().uuidString.prefix(8))").path
        directory = base
        password = UUID().uuidString
        try FileManager.default.createDirectory(atPath: base, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
        let passwordFile = (base as NSString).appendingPathComponent("superuser-password")
        try password.write(toFile: passwordFile, atomically: true, encoding: .utf8)
        if root, let user = getpwnam("postgres") {
            for path in [base, passwordFile] { _ = chown(path, user.pointee.pw_uid, user.pointee.pw_gid) }
        }
        var lastFailure = ""
        var started: Int?
        do {
            try Self.run(runAs + ["\(binaries)/initdb", "-D", "\(base)/data", "-U", superuser, "--pwfile=\(passwordFile)",
                                  "--auth-host=scram-sha-256", "--auth-local=trust", "-E", "UTF8", "--locale=C", "--no-sync"],
                         what: "initdb", log: "\(base)/commands.log")
            Self.stopAtExit(directory: base, binaries: binaries, runAs: runAs)
            for _ in 0..<3 where started == nil {
                let candidate = try Self.freePort()
                let options = "-c listen_addresses=127.0.0.1 -p \(candidate) -k \(base) -c fsync=off -c synchronous_commit=off "
                    + "-c full_page_writes=off -c max_connections=300 -c shared_buffers=32MB"
                do {
                    try Self.run(runAs + ["\(binaries)/pg_ctl", "-D", "\(base)/data", "-l", "\(base)/server.log", "-w", "-t", "60",
                                          "-o", options, "start"], what: "pg_ctl start", log: "\(base)/commands.log")
                    started = candidate
                } catch {
                    lastFailure = "\(error)"
                }
            }
        } catch {
            try? FileManager.default.removeItem(atPath: base)
            throw error
        }
        guard let started else {
            try? FileManager.default.removeItem(atPath: base)
            throw Unavailable(description: "the server did not start: \(lastFailure)")
        }
        port = started
    }

    /// A shell command that restarts the server in place (same port, same data), waiting until
    /// it accepts connections again: for tests of clients that lose their server mid-run.
    public var restartCommand: String {
        (runAs + ["\(binaries)/pg_ctl", "-D", "\(directory)/data", "-l", "\(directory)/server.log", "-w", "-t", "60", "-m", "fast", "restart"])
            .map { "'" + $0.replacingOccurrences(of: "'", with: "'\\''") + "'" }.joined(separator: " ")
    }

    /// A URL for `database` with the superuser's password, over TCP without TLS.
    public func url(database: String, password: String? = nil) -> String {
        "postgres://\(superuser):\(password ?? self.password)@127.0.0.1:\(port)/\(database)?sslmode=disable"
    }

    /// A new empty database with a unique name.
    public func createDatabase() async throws -> String {
        let name = "strata_" + UUID().uuidString.replacingOccurrences(of: "-", with: "").lowercased()
        let result = try await psql("CREATE DATABASE \(name)", database: "postgres")
        guard result.status == 0 else { throw Unavailable(description: "CREATE DATABASE failed: \(result.stderr)") }
        return name
    }

    /// Runs `sql` with psql as the superuser over the cluster's socket; stops at the first error.
    public func psql(_ sql: String, database: String) async throws -> CommandResult {
        let arguments = ["\(binaries)/psql", "-X", "-q", "-A", "-t", "-v", "ON_ERROR_STOP=1", "-h", directory, "-p", String(port),
                         "-U", superuser, "-d", database, "-c", sql]
        return try await Self.onThreadOfItsOwn { Result { try Self.capture(arguments) } }.get()
    }

    /// Runs `sql` in the background in a session of its own (for holding locks while the test acts).
    public func psqlInBackground(_ sql: String, database: String) throws -> Process {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "\(binaries)/psql")
        process.arguments = ["-X", "-q", "-v", "ON_ERROR_STOP=1", "-h", directory, "-p", String(port), "-U", superuser, "-d", database,
                             "-c", sql]
        process.standardInput = FileHandle.nullDevice
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        return process
    }

    private static func findBinaries() -> String? {
        let versions = (try? FileManager.default.contentsOfDirectory(atPath: "/usr/lib/postgresql")) ?? []
        return versions.compactMap(Int.init).sorted(by: >).map { "/usr/lib/postgresql/\($0)/bin" }
            .first { FileManager.default.isExecutableFile(atPath: "\($0)/initdb") }
    }

    private static func freePort() throws -> Int {
        let socket = Glibc.socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard socket >= 0 else { throw Unavailable(description: "no socket for a free port") }
        defer { close(socket) }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        address.sin_port = 0
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        let bound = withUnsafePointer(to: &address) { $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(socket, $0, length) } }
        guard bound == 0 else { throw Unavailable(description: "no free loopback port") }
        let named = withUnsafeMutablePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(socket, $0, &length) }
        }
        guard named == 0 else { throw Unavailable(description: "no free loopback port") }
        return Int(UInt16(bigEndian: address.sin_port))
    }

    /// Runs a cluster program to its end, its output appended to `log`.
    ///
    /// Spawned and awaited directly rather than through `Process`: `pg_ctl start` leaves the
    /// server running, and `Process` would wait for the descriptors it inherited to close.
    private static func run(_ arguments: [String], what: String, log: String) throws {
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, log, O_WRONLY | O_CREAT | O_APPEND, 0o644)
        posix_spawn_file_actions_adddup2(&actions, 1, 2)
        // The server outlives this call: it must not hold descriptors of this process open (the
        // pipes through which `Process` learns that other tests' children have exited). A shell
        // closes them in the child; closing one that is already gone is harmless there.
        let open = ((try? FileManager.default.contentsOfDirectory(atPath: "/proc/self/fd")) ?? []).compactMap(Int.init).filter { $0 > 2 }
        let closing = open.map { "exec \($0)>&-;" }.joined(separator: " ")
        let wrapped = ["/bin/bash", "-c", "\(closing) exec \"$0\" \"$@\""] + arguments
        let argv = wrapped.map { strdup($0) } + [nil]
        defer { argv.forEach { free($0) } }
        var pid: pid_t = 0
        guard posix_spawn(&pid, wrapped[0], &actions, nil, argv, environ) == 0 else {
            throw Unavailable(description: "\(what) could not be started (\(arguments[0]))")
        }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) == -1, errno == EINTR {}
        let exited = (status & 0x7f) == 0 ? (status >> 8) & 0xff : 128 + (status & 0x7f)
        guard exited == 0 else {
            let output = (try? String(contentsOfFile: log, encoding: .utf8)) ?? ""
            throw Unavailable(description: "\(what) exited \(exited): \(output.suffix(600))")
        }
    }

    private static func capture(_ arguments: [String]) throws -> CommandResult {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: arguments[0])
        process.arguments = Array(arguments.dropFirst())
        process.standardInput = FileHandle.nullDevice
        return try StrataBinary.capture(process, in: FileManager.default.temporaryDirectory)
    }

    /// Stops the cluster and removes its directory when this process exits: at once through
    /// `atexit`, and through a detached watchdog should the process die without running it.
    private static func stopAtExit(directory: String, binaries: String, runAs: [String]) {
        let stop = (runAs + ["\(binaries)/pg_ctl", "-D", "\(directory)/data", "stop", "-m", "fast", "-w"])
            .map { "'\($0)'" }.joined(separator: " ")
        let script = "while kill -0 \(getpid()) 2>/dev/null; do sleep 1; done; \(stop) >/dev/null 2>&1; rm -rf '\(directory)'"
        let watchdog = Process()
        watchdog.executableURL = URL(fileURLWithPath: "/usr/bin/setsid")
        watchdog.arguments = ["/bin/sh", "-c", script]
        watchdog.standardInput = FileHandle.nullDevice
        watchdog.standardOutput = FileHandle.nullDevice
        watchdog.standardError = FileHandle.nullDevice
        try? watchdog.run()
        exitCommand.lock()
        pendingStop = "\(stop) >/dev/null 2>&1; rm -rf '\(directory)'"
        exitCommand.unlock()
        atexit {
            PostgresCluster.exitCommand.lock()
            let command = PostgresCluster.pendingStop
            PostgresCluster.exitCommand.unlock()
            if let command { _ = system(command) }
        }
    }

    private static let exitCommand = NSLock()
    nonisolated(unsafe) private static var pendingStop: String?
}
