/// Checks that text is one well-formed JSON value (RFC 8259) without building it.
///
/// The append path stores payload bytes verbatim, so it only needs a yes or no; parsing into
/// objects would cost far more than the insert. Nesting is capped so hostile input cannot
/// exhaust the stack.
public enum JSONSyntax {
    /// The deepest nesting of arrays and objects accepted.
    public static let maximumDepth = 256

    public static func isValid(_ text: String) -> Bool {
        var text = text
        return text.withUTF8 { buffer in
            var parser = Parser(bytes: buffer)
            return parser.validDocument()
        }
    }

    private struct Parser {
        let bytes: UnsafeBufferPointer<UInt8>
        var index = 0
        var depth = 0

        init(bytes: UnsafeBufferPointer<UInt8>) { self.bytes = bytes }

        mutating func validDocument() -> Bool {
            skipSpace()
            guard value() else { return false }
            skipSpace()
            return index == bytes.count
        }

        var current: UInt8? { index < bytes.count ? bytes[index] : nil }

        mutating func skipSpace() {
            while let byte = current, byte == 0x20 || byte == 0x0A || byte == 0x0D || byte == 0x09 { index += 1 }
        }

        mutating func value() -> Bool {
            switch current {
            case UInt8(ascii: "{"): return container(close: UInt8(ascii: "}"), keyed: true)
            case UInt8(ascii: "["): return container(close: UInt8(ascii: "]"), keyed: false)
            case UInt8(ascii: "\""): return string()
            case UInt8(ascii: "t"): return literal("true")
            case UInt8(ascii: "f"): return literal("false")
            case UInt8(ascii: "n"): return literal("null")
            default: return number()
            }
        }

        mutating func container(close: UInt8, keyed: Bool) -> Bool {
            depth += 1
            guard depth <= JSONSyntax.maximumDepth else { return false }
            defer { depth -= 1 }
            index += 1
            skipSpace()
            if current == close { index += 1; return true }
            while true {
                if keyed {
                    guard current == UInt8(ascii: "\""), string() else { return false }
                    skipSpace()
                    guard current == UInt8(ascii: ":") else { return false }
                    index += 1
                    skipSpace()
                }
                guard value() else { return false }
                skipSpace()
                if current == close { index += 1; return true }
                guard current == UInt8(ascii: ",") else { return false }
                index += 1
                skipSpace()
            }
        }

        mutating func literal(_ word: StaticString) -> Bool {
            let count = word.utf8CodeUnitCount
            guard index + count <= bytes.count else { return false }
            for offset in 0..<count where bytes[index + offset] != word.utf8Start[offset] { return false }
            index += count
            return true
        }

        mutating func string() -> Bool {
            index += 1
            while let byte = current {
                index += 1
                switch byte {
                case UInt8(ascii: "\""): return true
                case UInt8(ascii: "\\"): guard escape() else { return false }
                case 0..<0x20: return false
                default: continue
                }
            }
            return false
        }

        mutating func escape() -> Bool {
            guard let byte = current else { return false }
            index += 1
            switch byte {
            case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"), UInt8(ascii: "b"),
                 UInt8(ascii: "f"), UInt8(ascii: "n"), UInt8(ascii: "r"), UInt8(ascii: "t"):
                return true
            case UInt8(ascii: "u"):
                for _ in 0..<4 {
                    guard let hex = current, isHex(hex) else { return false }
                    index += 1
                }
                return true
            default:
                return false
            }
        }

        func isHex(_ byte: UInt8) -> Bool {
            (48...57).contains(byte) || (65...70).contains(byte) || (97...102).contains(byte)
        }

        mutating func digits() -> Int {
            let start = index
            while let byte = current, (48...57).contains(byte) { index += 1 }
            return index - start
        }

        mutating func number() -> Bool {
            if current == UInt8(ascii: "-") { index += 1 }
            if current == UInt8(ascii: "0") {
                index += 1
            } else {
                guard digits() > 0 else { return false }
            }
            if current == UInt8(ascii: ".") {
                index += 1
                guard digits() > 0 else { return false }
            }
            if current == UInt8(ascii: "e") || current == UInt8(ascii: "E") {
                index += 1
                if current == UInt8(ascii: "+") || current == UInt8(ascii: "-") { index += 1 }
                guard digits() > 0 else { return false }
            }
            return true
        }
    }
}
