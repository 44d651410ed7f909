import Foundation
import StrataTestSupport
import Testing

/// A real `strata-server` on a free loopback port over a fresh store, with tokens of each role.
/// Started from the built binary (port 0; the bound address is read from its first line of
/// output), driven with curl, stopped with SIGTERM.
final class RunningServer: @unchecked Sendable {
    let directory: TemporaryDirectory
    let store: String
    let process: Process
    let baseURL: String
    let output: Pipe
    /// The server's stderr (its request log), kept in the store's directory.
    let logPath: String
    /// Extra curl arguments for every call, e.g. `--cacert` for a server speaking HTTPS.
    let curlArguments: [String]
    /// One secret per role, issued through the CLI before the server started.
    let reader: String, writer: String, admin: String

    /// - Parameters:
    ///   - demo: seed the store with `strata demo` before the tokens are issued.
    ///   - directory: where the store goes (a fresh one by default), e.g. beside a test's certificates.
    init(
        arguments extra: [String] = [], viaStrata: Bool = false, demo: Bool = false, in directory: TemporaryDirectory? = nil, curlArguments: [String] = []
    ) throws {
        self.directory = try directory ?? TemporaryDirectory(prefix: "strata-server")
        self.curlArguments = curlArguments
        let directory = self.directory
        store = directory.path("strata.db")
        try Self.strata(demo ? ["demo", "--store", store] : ["init", store], in: directory)
        reader = try Self.issue("reader-1", "reader", store: store, in: directory)
        writer = try Self.issue("writer-1", "writer", store: store, in: directory)
        admin = try Self.issue("admin-1", "admin", store: store, in: directory)
        process = Process()
        let binary = try #require(StrataBinary.locate(named: viaStrata ? "strata" : "strata-server"), "the server was not built next to the tests")
        process.executableURL = binary
        process.arguments = (viaStrata ? ["serve"] : []) + ["--store", store, "--listen", "127.0.0.1:0"] + extra
        process.environment = StrataBinary.environment([:])
        process.currentDirectoryURL = directory.url
        output = Pipe()
        process.standardOutput = output
        logPath = directory.path("server.log")
        guard FileManager.default.createFile(atPath: logPath, contents: nil) else { throw ServerFailure(message: "cannot create \(logPath)") }
        process.standardError = FileHandle(forWritingAtPath: logPath)
        try process.run()
        let line = try Self.firstLine(of: output.fileHandleForReading)
        let prefix = "listening on "
        guard line.hasPrefix(prefix) else { throw ServerFailure(message: "the server said '\(line)'") }
        baseURL = String(line.dropFirst(prefix.count))
    }

    deinit {
        if process.isRunning { process.terminate(); process.waitUntilExit() }
    }

    /// Sends SIGTERM and waits for the server to exit; returns its status.
    @discardableResult
    func stop() -> Int32 {
        process.terminate()
        process.waitUntilExit()
        return process.terminationStatus
    }

    /// One HTTP exchange through curl.
    func call(
        _ method: String, _ path: String, token: String?, json: String? = nil, form: String? = nil, headers: [String: String] = [:], timeout: Int = 20
    ) throws -> HTTPAnswer {
        var arguments = ["-s", "-X", method, "--max-time", String(timeout), "-D", "-", "-o", "-"] + curlArguments
        if let token { arguments += ["-H", "Authorization: Bearer \(token)"] }
        if let json { arguments += ["-H", "Content-Type: application/json", "--data-binary", json] }
        if let form { arguments += ["-H", "Content-Type: application/x-www-form-urlencoded", "--data-binary", form] }
        for (name, value) in headers.sorted(by: { $0.key < $1.key }) { arguments += ["-H", "\(name): \(value)"] }
        let result = try Self.run("/usr/bin/curl", arguments + [baseURL + path], in: directory)
        return try HTTPAnswer(raw: result.stdout)
    }

    /// Runs `strata arguments…` against this store.
    @discardableResult
    func strata(_ arguments: [String]) throws -> CommandResult {
        try Self.strata(arguments + ["--store", store], in: directory)
    }

    @discardableResult
    static func strata(_ arguments: [String], in directory: TemporaryDirectory) throws -> CommandResult {
        let result = try StrataBinary.run(arguments, in: directory.url)
        guard result.status == 0 else { throw ServerFailure(message: "strata \(arguments.joined(separator: " ")): \(result)") }
        return result
    }

    static func issue(_ name: String, _ role: String, store: String, in directory: TemporaryDirectory) throws -> String {
        try strata(["token", "add", name, "--role", role, "--store", store, "--actor", "setup"], in: directory).stdout
            .trimmingCharacters(in: .whitespacesAndNewlines)
    }

    static func run(_ executable: String, _ arguments: [String], in directory: TemporaryDirectory) throws -> CommandResult {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        // In the test's own directory: schemathesis, for one, leaves a cache where it runs.
        process.currentDirectoryURL = directory.url
        process.environment = StrataBinary.environment([:])
        process.standardInput = FileHandle.nullDevice
        return try StrataBinary.capture(process, in: directory.url)
    }

    /// Runs a blocking call (curl, a child process) on a thread of its own: a test that waits on
    /// the server from the concurrency pool's few threads could starve the test that should wake it.
    static func detached<T: Sendable>(_ body: @escaping @Sendable () throws -> T) async throws -> T {
        try await withCheckedThrowingContinuation { continuation in
            Thread { continuation.resume(with: Result { try body() }) }.start()
        }
    }

    /// Starts a blocking call on a thread of its own at once, before the caller goes on: a
    /// request that must be in flight when the test acts next (a signal, an append) cannot wait
    /// for a free thread of the concurrency pool.
    final class InFlight<T: Sendable>: @unchecked Sendable {
        private let finished = DispatchSemaphore(value: 0)
        private var result: Result<T, any Error>?

        init(_ body: @escaping @Sendable () throws -> T) {
            Thread {
                self.result = Result { try body() }
                self.finished.signal()
            }.start()
        }

        /// Waits for the call to end and returns what it answered.
        func answer() throws -> T {
            finished.wait()
            return try result!.get()
        }
    }

    /// The first line the server prints, waiting at most 30 s for it.
    private static func firstLine(of handle: FileHandle) throws -> String {
        var bytes: [UInt8] = []
        let deadline = Date().addingTimeInterval(30)
        while Date() < deadline {
            let chunk = handle.readData(ofLength: 1)
            guard let byte = chunk.first else { break }
            if byte == UInt8(ascii: "\n") { return String(decoding: bytes, as: UTF8.self) }
            bytes.append(byte)
        }
        throw ServerFailure(message: "the server printed no address (got '\(String(decoding: bytes, as: UTF8.self))')")
    }
}

struct ServerFailure: Error, CustomStringConvertible {
    let message: String
    var description: String { message }
}

/// A response as curl printed it: the status line and headers, then the body.
struct HTTPAnswer: CustomStringConvertible, Sendable {
    var status: Int
    var headers: [String: String]
    var body: String

    init(raw: String) throws {
        guard let split = raw.range(of: "\r\n\r\n") else { throw ServerFailure(message: "no HTTP answer: '\(raw)'") }
        let head = raw[..<split.lowerBound].components(separatedBy: "\r\n")
        status = Int(head[0].split(separator: " ")[1]) ?? 0
        headers = [:]
        for line in head.dropFirst() {
            guard let colon = line.firstIndex(of: ":") else { continue }
            headers[line[..<colon].lowercased()] = line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
        }
        body = String(raw[split.upperBound...])
    }

    /// The body as a JSON object.
    var object: [String: Any] { (try? JSONSerialization.jsonObject(with: Data(body.utf8))) as? [String: Any] ?? [:] }
    /// The error object's code, for refusals.
    var errorCode: String? { (object["error"] as? [String: Any])?["code"] as? String }

    var description: String { "\(status) \(headers) \(body)" }
}
