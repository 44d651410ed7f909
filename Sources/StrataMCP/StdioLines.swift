import Foundation
import Logging
import MCP

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// MCP over stdio, one JSON message a line, read with blocking reads on a thread of its own.
///
/// The SDK's `StdioTransport` makes standard input non-blocking and, when no byte is waiting,
/// sleeps 10 ms before it looks again: every request then waited up to 10 ms before it was
/// even read, most of a short call's answer time (`strata-bench --only mcp`). A blocked
/// `read(2)` wakes as the line arrives.
actor StdioLines: Transport {
    nonisolated let logger = Logger(label: "strata-mcp.stdio")
    private let lines: AsyncThrowingStream<Data, any Error>
    private let continuation: AsyncThrowingStream<Data, any Error>.Continuation
    private var started = false

    init() {
        (lines, continuation) = AsyncThrowingStream.makeStream(of: Data.self)
    }

    func connect() async throws {
        guard !started else { return }
        started = true
        let thread = Thread { [continuation] in Self.readLines(into: continuation) }
        thread.name = "strata-mcp stdin"
        thread.start()
    }

    func disconnect() async { continuation.finish() }

    /// Writes `data` and its newline to standard output, whole, before the next message.
    func send(_ data: Data) async throws {
        var message = data
        message.append(UInt8(ascii: "\n"))
        try message.withUnsafeBytes { (bytes: UnsafeRawBufferPointer) in
            guard let base = bytes.baseAddress else { return }
            var offset = 0
            while offset < bytes.count {
                let written = write(STDOUT_FILENO, base + offset, bytes.count - offset)
                if written < 0 {
                    if errno == EINTR { continue }
                    throw MCPError.transportError(POSIXError(POSIXErrorCode(rawValue: errno) ?? .EIO))
                }
                offset += written
            }
        }
    }

    func receive() -> AsyncThrowingStream<Data, any Error> { lines }

    /// Reads standard input until it closes, yielding each non-empty line.
    private static func readLines(into continuation: AsyncThrowingStream<Data, any Error>.Continuation) {
        var pending = Data()
        var buffer = [UInt8](repeating: 0, count: 64 * 1024)
        while true {
            let count = buffer.withUnsafeMutableBytes { read(STDIN_FILENO, $0.baseAddress, $0.count) }
            if count < 0 {
                if errno == EINTR { continue }
                continuation.finish(throwing: MCPError.transportError(POSIXError(POSIXErrorCode(rawValue: errno) ?? .EIO)))
                return
            }
            if count == 0 { break }
            pending.append(contentsOf: buffer[0..<count])
            while let newline = pending.firstIndex(of: UInt8(ascii: "\n")) {
                let line = pending[pending.startIndex..<newline]
                if !line.isEmpty { continuation.yield(Data(line)) }
                pending.removeSubrange(pending.startIndex...newline)
            }
        }
        continuation.finish()
    }
}
