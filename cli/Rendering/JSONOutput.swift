import Foundation
import StrataApp

/// `--json` output through the application layer's one encoder configuration: pretty objects
/// for reads, one compact line for what was recorded.
enum JSONOutput {
    static func print<T: Encodable>(_ value: T) throws {
        write(try JSONCodec.encode(value, .pretty))
    }

    static func printCompact<T: Encodable>(_ value: T) throws {
        write(try JSONCodec.encode(value, .compact))
    }

    /// `value` as pretty, key-sorted JSON text, for embedding in human output.
    static func text<T: Encodable>(_ value: T) throws -> String {
        try JSONCodec.text(value, .pretty)
    }

    private static func write(_ data: Data) {
        FileHandle.standardOutput.write(data)
        FileHandle.standardOutput.write(Data("\n".utf8))
    }
}
