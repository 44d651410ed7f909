import Foundation

/// A `strata-server` the benchmark started on a free loopback port (port 0; the bound address
/// is read from its first line of output), stopped with SIGTERM.
final class ServerProcess {
    let process = Process()
    /// `http://127.0.0.1:PORT`, as the server printed it.
    let baseURL: String

    init(binary: URL, store: String) throws {
        process.executableURL = binary
        process.arguments = ["--store", store, "--listen", "127.0.0.1:0"]
        let output = Pipe()
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        try process.run()
        let line = try Self.firstLine(of: output.fileHandleForReading)
        guard line.hasPrefix("listening on ") else { throw BenchError("strata-server said '\(line)'") }
        baseURL = String(line.dropFirst("listening on ".count))
    }

    deinit { stop() }

    /// Sends SIGTERM and waits for the server to drain and exit.
    func stop() {
        guard process.isRunning else { return }
        process.terminate()
        process.waitUntilExit()
    }

    private static func firstLine(of handle: FileHandle) throws -> String {
        var bytes: [UInt8] = []
        while let byte = handle.readData(ofLength: 1).first {
            if byte == UInt8(ascii: "\n") { return String(decoding: bytes, as: UTF8.self) }
            bytes.append(byte)
        }
        throw BenchError("strata-server exited before it printed its address (got '\(String(decoding: bytes, as: UTF8.self))')")
    }
}
