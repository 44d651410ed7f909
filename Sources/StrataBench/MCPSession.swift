import Foundation

/// A `strata-mcp` child process spoken to in JSON-RPC over its stdin and stdout, one line a
/// message, so a call's latency is measured as a client sees it: request written to response read.
final class MCPSession {
    private let process = Process()
    private let input = Pipe()
    private let output = Pipe()
    private var buffer = Data()
    private var nextID = 0

    init(server: URL, arguments: [String]) throws {
        process.executableURL = server
        process.arguments = arguments
        process.standardInput = input
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        try process.run()
        _ = try request("initialize", #"{"protocolVersion":"2025-06-18","capabilities":{},"clientInfo":{"name":"strata-bench","version":"1"}}"#)
        try send(#"{"jsonrpc":"2.0","method":"notifications/initialized"}"#)
    }

    /// Sends one request and returns the response line; `params` is JSON text.
    func request(_ method: String, _ params: String) throws -> String {
        nextID += 1
        try send(#"{"jsonrpc":"2.0","id":\#(nextID),"method":"\#(method)","params":\#(params)}"#)
        let marker = #""id":\#(nextID)"#
        while true {
            let line = try readLine()
            if line.contains(marker) { return line }
        }
    }

    /// Calls a tool; a tool error is a benchmark failure, since every call here is meant to succeed.
    func call(_ tool: String, _ arguments: String) throws -> String {
        let response = try request("tools/call", #"{"name":"\#(tool)","arguments":\#(arguments)}"#)
        if response.contains(#""isError":true"#) || response.contains(#""error":{"code":-"#) {
            throw BenchError("mcp tool \(tool) failed: \(response.prefix(400))")
        }
        return response
    }

    func close() {
        try? input.fileHandleForWriting.close()
        process.waitUntilExit()
    }

    private func send(_ line: String) throws {
        try input.fileHandleForWriting.write(contentsOf: Data((line + "\n").utf8))
    }

    private func readLine() throws -> String {
        while true {
            if let newline = buffer.firstIndex(of: UInt8(ascii: "\n")) {
                let line = String(decoding: buffer[buffer.startIndex..<newline], as: UTF8.self)
                buffer.removeSubrange(buffer.startIndex...newline)
                return line
            }
            let chunk = output.fileHandleForReading.availableData
            guard !chunk.isEmpty else { throw BenchError("strata-mcp closed its output") }
            buffer.append(chunk)
        }
    }
}
