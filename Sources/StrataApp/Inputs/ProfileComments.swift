import Foundation

/// Whole-line `//` comments in a workload profile, blanked before the strict parser reads it.
///
/// `strata workload template` prints a profile that explains itself in comments; the parser
/// stays strict JSON, so the comments become spaces of the same byte length: every line and
/// column an error names is still the one in the user's file. Only lines whose first
/// non-blank characters are `//` outside a string are comments; `//` inside a string value
/// (a URL in a description) is data.
enum ProfileComments {
    static func blank(_ data: Data) -> Data {
        var bytes = [UInt8](data)
        var inString = false, escaped = false, lineStart = true
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            if inString {
                if escaped { escaped = false } else if byte == backslash { escaped = true } else if byte == quote { inString = false }
            } else if byte == newline {
                lineStart = true
            } else if byte == quote {
                inString = true
                lineStart = false
            } else if lineStart, byte == slash, index + 1 < bytes.count, bytes[index + 1] == slash {
                while index < bytes.count, bytes[index] != newline {
                    bytes[index] = space
                    index += 1
                }
                continue
            } else if byte != space, byte != tab, byte != carriageReturn {
                lineStart = false
            }
            index += 1
        }
        return Data(bytes)
    }

    private static let quote = UInt8(ascii: "\""), backslash = UInt8(ascii: "\\"), slash = UInt8(ascii: "/")
    private static let newline = UInt8(ascii: "\n"), space = UInt8(ascii: " "), tab = UInt8(ascii: "\t")
    private static let carriageReturn = UInt8(ascii: "\r")
}
