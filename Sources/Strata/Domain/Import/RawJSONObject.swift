/// A scanner for one flat JSON object: string values unescaped, every other value as raw text.
struct RawJSONObject {
    enum Value: Equatable { case string(String), raw(String) }

    private let bytes: [UInt8]
    private var index = 0

    init(_ text: String) { bytes = Array(text.utf8) }

    mutating func fields() throws(ExportedEventLine.LineError) -> [String: Value] {
        var out: [String: Value] = [:]
        skipSpace()
        try expect(UInt8(ascii: "{"))
        skipSpace()
        if peek == UInt8(ascii: "}") { index += 1; return try end(out) }
        while true {
            skipSpace()
            let key = try string()
            skipSpace()
            try expect(UInt8(ascii: ":"))
            skipSpace()
            out[key] = peek == UInt8(ascii: "\"") ? .string(try string()) : .raw(try rawValue())
            skipSpace()
            if peek == UInt8(ascii: ",") { index += 1; continue }
            try expect(UInt8(ascii: "}"))
            return try end(out)
        }
    }

    private var peek: UInt8? { index < bytes.count ? bytes[index] : nil }

    private mutating func end(_ out: [String: Value]) throws(ExportedEventLine.LineError) -> [String: Value] {
        skipSpace()
        guard index == bytes.count else { throw .init("text after the closing brace") }
        return out
    }

    private mutating func skipSpace() {
        while let byte = peek, byte == 0x20 || byte == 0x09 || byte == 0x0D || byte == 0x0A { index += 1 }
    }

    private mutating func expect(_ byte: UInt8) throws(ExportedEventLine.LineError) {
        guard peek == byte else { throw .init("not a JSON object (expected '\(Character(Unicode.Scalar(byte)))' at byte \(index + 1))") }
        index += 1
    }

    /// A string literal, unescaped; the scanner stands on its opening quote.
    private mutating func string() throws(ExportedEventLine.LineError) -> String {
        try expect(UInt8(ascii: "\""))
        var scalars = String.UnicodeScalarView()
        var run: [UInt8] = []
        while let byte = peek {
            index += 1
            switch byte {
            case UInt8(ascii: "\""):
                scalars.append(contentsOf: String(decoding: run, as: UTF8.self).unicodeScalars)
                return String(scalars)
            case UInt8(ascii: "\\"):
                scalars.append(contentsOf: String(decoding: run, as: UTF8.self).unicodeScalars)
                run.removeAll()
                scalars.append(try escape())
            default:
                guard byte >= 0x20 else { throw .init("a control character inside a string") }
                run.append(byte)
            }
        }
        throw .init("an unterminated string")
    }

    private mutating func escape() throws(ExportedEventLine.LineError) -> Unicode.Scalar {
        guard let byte = peek else { throw .init("an unterminated escape") }
        index += 1
        switch byte {
        case UInt8(ascii: "n"): return "\n"
        case UInt8(ascii: "t"): return "\t"
        case UInt8(ascii: "r"): return "\r"
        case UInt8(ascii: "b"): return "\u{8}"
        case UInt8(ascii: "f"): return "\u{C}"
        case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): return Unicode.Scalar(byte)
        case UInt8(ascii: "u"):
            var value = try hex4()
            if (0xD800...0xDBFF).contains(value), peek == UInt8(ascii: "\\") {
                index += 1
                try expect(UInt8(ascii: "u"))
                let low = try hex4()
                // A high surrogate followed by anything but a low one (`\ud800\ud800`) is not a
                // pair; subtracting 0xDC00 from it would trap.
                guard (0xDC00...0xDFFF).contains(low) else { throw .init("an invalid \\u escape (an unpaired surrogate)") }
                value = 0x10000 + ((value - 0xD800) << 10) + (low - 0xDC00)
            }
            guard let scalar = Unicode.Scalar(value) else { throw .init("an invalid \\u escape") }
            return scalar
        default: throw .init("an invalid escape")
        }
    }

    private mutating func hex4() throws(ExportedEventLine.LineError) -> UInt32 {
        guard index + 4 <= bytes.count, let value = UInt32(String(decoding: bytes[index..<index + 4], as: UTF8.self), radix: 16)
        else { throw .init("an invalid \\u escape") }
        index += 4
        return value
    }

    /// A number, literal, object or array as its text (strings inside are skipped whole).
    private mutating func rawValue() throws(ExportedEventLine.LineError) -> String {
        let start = index
        var depth = 0
        while let byte = peek {
            switch byte {
            case UInt8(ascii: "{"), UInt8(ascii: "["): depth += 1; index += 1
            case UInt8(ascii: "}"), UInt8(ascii: "]"):
                if depth == 0 { return try text(from: start) }
                depth -= 1; index += 1
                if depth == 0 { return try text(from: start) }
            case UInt8(ascii: "\""): try skipString()
            case UInt8(ascii: ","): if depth == 0 { return try text(from: start) }; index += 1
            default: index += 1
            }
        }
        guard depth == 0 else { throw .init("an unterminated object or array") }
        return try text(from: start)
    }

    /// Steps over a string inside a raw value without decoding it: the value is kept as text,
    /// and an escape the append path accepts (a lone surrogate such as `\ud800`) must not make
    /// the line unreadable.
    private mutating func skipString() throws(ExportedEventLine.LineError) {
        index += 1
        while let byte = peek {
            index += byte == UInt8(ascii: "\\") ? 2 : 1
            if byte == UInt8(ascii: "\"") { return }
        }
        throw .init("an unterminated string")
    }

    private func text(from start: Int) throws(ExportedEventLine.LineError) -> String {
        var end = index
        while end > start, [0x20, 0x09, 0x0D, 0x0A].contains(bytes[end - 1]) { end -= 1 }
        guard end > start else { throw .init("a missing value") }
        return String(decoding: bytes[start..<end], as: UTF8.self)
    }
}
