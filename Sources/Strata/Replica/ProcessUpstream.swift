import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// A team store reached through a companion process (`strata-team`) that holds its connection
/// and answers ``UpstreamWire`` lines on its standard input and output.
///
/// Requests are serialised: one is in flight at a time, answered in order.
public final class ProcessUpstream: LogUpstream, @unchecked Sendable {
    public private(set) var storeID = ""
    /// The store's name without its password, for the replica's file name.
    public private(set) var name = ""
    public private(set) var recordingActor: String?
    private let process: Process
    private let input: FileHandle
    private let output: FileHandle
    private let errors: Pipe
    private let lock = NSLock()
    private var buffer: [UInt8] = []
    /// How much of `buffer` is known to hold no newline: a long answer arrives in many reads,
    /// and each read must scan only what it added.
    private var scanned = 0

    /// Starts `executable` with `arguments` and `environment` added to this process's, and
    /// asks it which store it reached.
    ///
    /// - Throws: ``EventLogError/upstream(code:message:)`` when the program is missing, cannot
    ///   start, or reports the store unreachable, unknown or refused.
    public init(executable: String, arguments: [String], environment: [String: String]) throws {
        guard FileManager.default.isExecutableFile(atPath: executable) else {
            throw EventLogError.upstream(
                code: "team-support-missing",
                message: "\(executable) is missing; a team store needs strata-team installed beside strata")
        }
        // A companion that died must surface as an error on the next write, not kill strata.
        signal(SIGPIPE, SIG_IGN)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        process.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 }
        let stdin = Pipe(), stdout = Pipe(), stderr = Pipe()
        process.standardInput = stdin
        process.standardOutput = stdout
        process.standardError = stderr
        do { try process.run() } catch {
            throw EventLogError.upstream(code: "team-support-missing", message: "could not start \(executable): \(error.localizedDescription)")
        }
        self.process = process
        input = stdin.fileHandleForWriting
        output = stdout.fileHandleForReading
        errors = stderr
        let hello = try exchange(UpstreamWire.Request(op: "hello"))
        guard let storeID = hello.storeID, let name = hello.name else {
            throw EventLogError.upstream(code: "team-store-failed", message: "strata-team answered hello without the store's identity")
        }
        self.storeID = storeID
        self.name = name
        recordingActor = hello.actor
    }

    deinit {
        try? input.close()
        process.waitUntilExit()
    }

    public func append(_ appends: [StreamAppend], metadata: EventMetadata) throws -> AppendResult {
        let response = try exchange(UpstreamWire.Request(op: "append", appends: appends.map(UpstreamWire.Append.init), metadata: metadata))
        guard let result = response.result else { throw Self.malformed("append") }
        return result.appendResult
    }

    public func events(after position: Int64, limit: Int) throws -> [RecordedEvent] {
        let response = try exchange(UpstreamWire.Request(op: "events", after: position, limit: limit))
        guard let events = response.events else { throw Self.malformed("events") }
        return try events.map {
            guard let event = $0.recordedEvent else { throw Self.malformed("events") }
            return event
        }
    }

    public func verify(anchor: ChainHead?) throws -> ChainVerification {
        let response = try exchange(UpstreamWire.Request(op: "verify", anchor: anchor?.anchor))
        guard let verification = response.verification else { throw Self.malformed("verify") }
        return verification.chainVerification
    }

    /// Copies the SQLite store at `path` into the team store, which must be empty (see
    /// `PostgresEventLog.push(from:metadata:)`).
    public func push(from path: String, metadata: EventMetadata) throws -> UpstreamWire.Pushed {
        let response = try exchange(UpstreamWire.Request(op: "push", metadata: metadata, path: path))
        guard let pushed = response.pushed else { throw Self.malformed("push") }
        return pushed
    }

    private func exchange(_ request: UpstreamWire.Request) throws -> UpstreamWire.Response {
        lock.lock()
        defer { lock.unlock() }
        // A companion that failed to open the store has written why and exited: its line is the
        // answer even when this request could no longer be written.
        try? input.write(contentsOf: UpstreamWire.line(request))
        guard let line = try readLine() else { throw ended() }
        let response: UpstreamWire.Response
        do { response = try JSONDecoder().decode(UpstreamWire.Response.self, from: line) } catch { throw Self.malformed(request.op) }
        if let failure = response.error { throw failure.error }
        return response
    }

    private func readLine() throws -> Data? {
        while true {
            let newline = buffer.withUnsafeBufferPointer { bytes -> Int? in
                guard let base = bytes.baseAddress, bytes.count > scanned,
                      let found = memchr(base + scanned, 0x0A, bytes.count - scanned) else { return nil }
                return base.distance(to: found.assumingMemoryBound(to: UInt8.self))
            }
            if let newline {
                let line = Data(buffer[..<newline])
                buffer.removeSubrange(...newline)
                scanned = 0
                return line
            }
            scanned = buffer.count
            let chunk = output.availableData
            if chunk.isEmpty { return nil }
            buffer.append(contentsOf: chunk)
        }
    }

    /// The companion's last words: it reports failures as lines, so silence means it crashed.
    private func ended() -> EventLogError {
        try? input.close()
        process.waitUntilExit()
        let said = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
            .split(separator: "\n").last.map(String.init) ?? ""
        return .upstream(
            code: "team-store-lost",
            message: "strata-team stopped (exit \(process.terminationStatus))\(said.isEmpty ? "" : ": \(said)"); nothing more was written. Retry")
    }

    private static func malformed(_ op: String) -> EventLogError {
        .upstream(code: "team-store-failed", message: "strata-team sent a malformed answer to \(op); check that it is the same release as strata")
    }
}
