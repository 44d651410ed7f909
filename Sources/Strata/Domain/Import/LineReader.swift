import Foundation

/// Reads a file one line at a time in 64 KiB chunks, so a file of a million events is never
/// held whole.
enum LineReader {
    /// The longest line accepted, so a file without newlines cannot exhaust memory.
    static let maximumLineBytes = 64 << 20

    /// Calls `body` with each line (without its `\n`) and its 1-based number.
    static func forEachLine(of handle: FileHandle, _ body: (String, Int) throws -> Void) throws {
        var buffer: [UInt8] = []
        var number = 0
        while let chunk = try handle.read(upToCount: 1 << 16), !chunk.isEmpty {
            buffer.append(contentsOf: chunk)
            var start = 0
            while let newline = buffer[start...].firstIndex(of: 0x0A) {
                number += 1
                try body(String(decoding: buffer[start..<newline], as: UTF8.self), number)
                start = newline + 1
            }
            buffer.removeFirst(start)
            guard buffer.count <= maximumLineBytes else { throw LineTooLong(line: number + 1) }
        }
        if !buffer.isEmpty {
            number += 1
            try body(String(decoding: buffer, as: UTF8.self), number)
        }
    }

    struct LineTooLong: Error { let line: Int }
}
