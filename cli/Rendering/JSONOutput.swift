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

    private static func write(_ data: Data) {
        FileHandle.standardOutput.write(data)
        FileHandle.standardOutput.write(Data("\n".utf8))
    }
}
