import Foundation
import StrataApp

/// `--json` output: pretty, key-sorted objects for reads; one compact line for what was recorded.
enum JSONOutput {
    static func print<T: Encodable>(_ value: T) throws {
        write(try encoder(pretty: true).encode(value))
    }

    static func printCompact<T: Encodable>(_ value: T) throws {
        write(try encoder(pretty: false).encode(value))
    }

    /// `value` as pretty, key-sorted JSON text, for embedding in human output.
    static func text<T: Encodable>(_ value: T) throws -> String {
        String(decoding: try encoder(pretty: true).encode(value), as: UTF8.self)
    }

    private static func write(_ data: Data) {
        FileHandle.standardOutput.write(data)
        FileHandle.standardOutput.write(Data("\n".utf8))
    }

    private static func encoder(pretty: Bool) -> JSONEncoder {
        let encoder = JSONEncoder()
        encoder.outputFormatting = pretty ? [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes] : [.sortedKeys, .withoutEscapingSlashes]
        return encoder
    }
}
